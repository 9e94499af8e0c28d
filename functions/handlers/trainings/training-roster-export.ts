import ExcelJS from 'exceljs';
import { ulid } from 'ulid';
import type { TrainingRoster } from '@contract';
import { httpHandler } from '#commons/http';
import { assertRunsTraining, rosterItems } from '#commons/trainings';
import { eventScheduleText } from '#domain/events/rules';
import { listBookingsOfSession } from '#adapters/dynamo/training-bookings';
import { requireSession, requireTraining } from '#adapters/dynamo/trainings';
import { LINK_TTL_SECONDS, downloadUrl, putFile } from '#adapters/s3/uploads';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['序号', '姓名', '手机号', '状态', '已完成学时', '签到'];

async function rosterWorkbook(title: string, schedule: string, items: TrainingRoster['items']): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('签到表', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([`${title}　${schedule}`]).font = { bold: true };
  sheet.addRow(HEADER).font = { bold: true };
  items.forEach((item, i) => sheet.addRow([i + 1, item.name, item.phoneMasked ?? '', item.statusLabel, item.hoursDone, '']));
  sheet.columns.forEach((column, i) => {
    column.width = [6, 12, 16, 12, 12, 16][i] ?? 10;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The class list as a paper 签到表 for the training point (phones masked, as on screen); the file goes to S3 under the
 * caller's id and comes back as a 15-minute link (same pattern as labour-demand-export.ts).
 */
export const handler = httpHandler('trainingRosterExport', async ({ params, principal }) => {
  const [training, session] = await Promise.all([requireTraining(params.trainingId), requireSession(params.trainingId, params.sessionId)]);
  await assertRunsTraining(training, principal);
  const items = await rosterItems(training.id, await listBookingsOfSession(session.id));
  const key = `exports/${principal.userId}/${ulid()}.xlsx`;
  const fileName = `培训名单-${training.title}-${session.startsAt.slice(0, 10)}.xlsx`;
  await putFile(key, await rosterWorkbook(training.title, eventScheduleText(session.startsAt, session.endsAt), items), XLSX);
  return { url: await downloadUrl(key, fileName), fileName, rows: items.length, expiresAt: new Date(Date.now() + LINK_TTL_SECONDS * 1000).toISOString() };
});
