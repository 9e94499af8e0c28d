import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { staffReportResponses } from '#commons/reports';
import { listReportQueue } from '#adapters/dynamo/reports';

/** The reports on jobs in the caller's division (four-level linkage, 威就办〔2023〕9号 四、1), newest first. */
export const handler = httpHandler('staffReports', async ({ query, principal }) => {
  const division = principal.staff?.divisionCode;
  if (!division) throw new AppError('OUT_OF_SCOPE');
  const { rows, nextCursor } = await listReportQueue(query.status, division, query.limit, query.cursor);
  return { items: await staffReportResponses(rows), nextCursor };
});
