import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { loadDashboard } from '#commons/dashboard';
import { dashboardWorkbook } from '#commons/dashboard-workbook';
import { LINK_TTL_SECONDS, downloadUrl, putFile } from '#adapters/s3/uploads';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The dashboard being viewed, with its next level down, as Excel for reporting upward (威就办〔2023〕9号 四、4). */
export const handler = httpHandler('dashboardExport', async ({ query, principal }) => {
  const now = new Date();
  const dashboard = await loadDashboard(principal, query, now.getTime());
  const key = `exports/${principal.userId}/${ulid()}.xlsx`;
  const fileName = `数据看板-${dashboard.division.name}-${dashboard.periodLabel}.xlsx`;
  await putFile(key, await dashboardWorkbook(dashboard, now), XLSX);
  return {
    url: await downloadUrl(key, fileName),
    fileName,
    rows: dashboard.children.length,
    expiresAt: new Date(now.getTime() + LINK_TTL_SECONDS * 1000).toISOString(),
  };
});
