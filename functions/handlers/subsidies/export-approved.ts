import { ulid } from 'ulid';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { approvedWorkbook } from '#commons/subsidies/approved-workbook';
import { CITY, displayDistrictName } from '#domain/divisions/catalog';
import { weihaiDate } from '#domain/time/weihai-clock';
import { listApproved } from '#adapters/dynamo/subsidies';
import { LINK_TTL_SECONDS, downloadUrl, putFile } from '#adapters/s3/uploads';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 补贴发放名单 (#61): the approved applications of the caller's district (the city: all seven), for the district that
 * pays them. Written to S3 under the caller's id and answered as a 15-minute link (same as labour-demand-export.ts).
 */
export const handler = httpHandler('exportApprovedSubsidies', async ({ principal }) => {
  const staff = principal.staff;
  if (!staff || (staff.level !== 'district' && staff.level !== 'city')) {
    throw new AppError('FORBIDDEN', '补贴发放名单由区市及以上工作人员导出');
  }
  const rows = (await listApproved(staff.divisionCode)).sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') || a.id.localeCompare(b.id));
  const division = staff.level === 'city' ? CITY.name : displayDistrictName(staff.divisionCode);
  const today = weihaiDate(Date.now());
  const fileName = `补贴发放名单-${division}-${today}.xlsx`;
  const key = `exports/${principal.userId}/${ulid()}.xlsx`;
  await putFile(key, await approvedWorkbook(rows, `${division} 已批准补贴发放名单（截至 ${today}）`), XLSX);
  return { url: await downloadUrl(key, fileName), fileName, rows: rows.length, expiresAt: new Date(Date.now() + LINK_TTL_SECONDS * 1000).toISOString() };
});
