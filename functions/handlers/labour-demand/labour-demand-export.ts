import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { demandWorkbook } from '#commons/demand-workbook';
import { loadLabourDemand } from '#commons/labour-demand';
import { EMPLOYER_HEADER, employerRows, toCsv, totalRow } from '#domain/labour-demand/export-table';
import { LINK_TTL_SECONDS, downloadUrl, putFile } from '#adapters/s3/uploads';

const CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/**
 * The 用工数据库 as a file for the station's own records and for reporting upward (鲁就办〔2023〕13号 三、15). The file
 * goes to S3 under the caller's id and comes back as a 15-minute link, which both a browser and WeChat can open.
 */
export const handler = httpHandler('labourDemandExport', async ({ query, principal }) => {
  const demand = await loadLabourDemand(principal, query.division);
  const body = query.format === 'xlsx' ? await demandWorkbook(demand) : toCsv([[...EMPLOYER_HEADER], ...employerRows(demand), totalRow(demand)]);
  const key = `exports/${principal.userId}/${ulid()}.${query.format}`;
  const fileName = `用工数据库-${demand.division.name}-${demand.generatedAt.slice(0, 10)}.${query.format}`;
  await putFile(key, body, CONTENT_TYPE[query.format]);
  return {
    url: await downloadUrl(key, fileName),
    fileName,
    rows: demand.employers.length,
    expiresAt: new Date(Date.now() + LINK_TTL_SECONDS * 1000).toISOString(),
  };
});
