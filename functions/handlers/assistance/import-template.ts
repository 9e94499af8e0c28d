import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { XLSX_TYPE, templateWorkbook } from '#commons/assistance/ledger-workbook';
import { LINK_TTL_SECONDS, downloadUrl, putFile } from '#adapters/s3/uploads';

/** What the 填写说明 sheet shows as an example (a made-up person; the ID is not a real one). */
const EXAMPLE = ['王桂兰', '37100219680315002X', '13906319901', '371002002001', '大龄、低保家庭', '2026-03-05', '待业', '2026-03-05', '', '想找附近的保洁工作'];

/** 台账导入模板: the same columns the import reads and the export writes, as a 15-minute link like every export. */
export const handler = httpHandler('importTemplate', async ({ principal }) => {
  const key = `exports/${principal.userId}/${ulid()}.xlsx`;
  const fileName = '就业援助台账-导入模板.xlsx';
  await putFile(key, await templateWorkbook(EXAMPLE), XLSX_TYPE);
  return { url: await downloadUrl(key, fileName), fileName, rows: 0, expiresAt: new Date(Date.now() + LINK_TTL_SECONDS * 1000).toISOString() };
});
