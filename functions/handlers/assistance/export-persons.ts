import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { wholeListDivision } from '#commons/assistance/access';
import { XLSX_TYPE, exportWorkbook } from '#commons/assistance/ledger-workbook';
import { personView } from '#commons/assistance/person-view';
import { linkedResidents } from '#commons/assistance/resident-link';
import { findCommunity, findDistrict, findStreet, CITY } from '#domain/divisions/catalog';
import { weihaiDate } from '#domain/time/weihai-clock';
import { allPersons } from '#adapters/dynamo/assisted-persons';
import { LINK_TTL_SECONDS, downloadUrl, putFile } from '#adapters/s3/uploads';

const divisionName = (code: string) => findCommunity(code)?.name ?? findStreet(code)?.name ?? findDistrict(code)?.name ?? (code === CITY.code ? CITY.name : code);

/**
 * 导出台账 for the station's records and reporting upward: the whole ledger of the division with 「12333」 progress,
 * 身份证号 and 手机号 masked (the file leaves the system). Written under the caller's id; a 15-minute link comes back.
 */
export const handler = httpHandler('exportAssistedPersons', async ({ query, principal }) => {
  const now = Date.now();
  const today = weihaiDate(now);
  const division = wholeListDivision(principal, query.division);
  const rows = await allPersons(division);
  const linked = await linkedResidents(rows);
  const name = divisionName(division);
  const body = await exportWorkbook(rows.map((row) => personView(row, today, linked.get(row.id) ?? null)), `就业援助台账 ${name} ${today}`);
  const key = `exports/${principal.userId}/${ulid()}.xlsx`;
  const fileName = `就业援助台账-${name}-${today}.xlsx`;
  await putFile(key, body, XLSX_TYPE);
  return { url: await downloadUrl(key, fileName), fileName, rows: rows.length, expiresAt: new Date(now + LINK_TTL_SECONDS * 1000).toISOString() };
});
