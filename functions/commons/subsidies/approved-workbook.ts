import ExcelJS from 'exceljs';
import { POLICY_NAMES } from '#domain/subsidies/policy-catalog';
import { LOCAL_STANDARD } from '#domain/subsidies/amounts';
import { maskIdNumber } from '#domain/privacy/mask';
import { weihaiDate } from '#domain/time/weihai-clock';
import type { SubsidyApplicationRow } from '#adapters/dynamo/subsidies';
import { maskedPii } from '../pii';
import { communityOf } from './application-view';

export const APPROVED_HEADER = ['申请编号', '政策', '政策依据', '申请人', '身份证号(脱敏)', '单位', '社区', '镇街', '金额(元)', '批准日期'] as const;
const AMOUNT_COLUMN = APPROVED_HEADER.indexOf('金额(元)') + 1;

/** Text people typed that starts like a formula (=, +, -, @) gets an apostrophe, so a spreadsheet shows it instead of running it. */
const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

type Cell = string | number | null;

/** One payment line; an amount the local standard still has to set stays blank (annotated), never a guessed 0. */
export function approvedRow(row: SubsidyApplicationRow): Cell[] {
  const community = communityOf(row.communityCode);
  return [
    row.id,
    POLICY_NAMES[row.policyId],
    row.citation.text,
    safe(row.applicantName),
    maskedPii(row.idNumberEnc, maskIdNumber) ?? '',
    safe(row.orgName ?? row.facts.business?.name ?? ''),
    community.name,
    community.streetName,
    row.amount.yuan,
    row.decidedAt ? weihaiDate(Date.parse(row.decidedAt)) : '',
  ];
}

/** The 已批准 list as the district's finance desk pays from it: one row per application, oldest approval first. */
export async function approvedWorkbook(rows: SubsidyApplicationRow[], title: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('补贴发放名单', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow([...APPROVED_HEADER]).font = { bold: true };
  for (const row of rows) {
    const line = sheet.addRow(approvedRow(row));
    if (row.amount.yuan === null) line.getCell(AMOUNT_COLUMN).note = LOCAL_STANDARD;
  }
  sheet.columns.forEach((column, i) => {
    column.width = [28, 16, 30, 10, 22, 24, 16, 14, 10, 12][i] ?? 12;
  });
  sheet.getColumn(AMOUNT_COLUMN).numFmt = '#,##0';
  return new Uint8Array(await book.xlsx.writeBuffer());
}
