import ExcelJS from 'exceljs';
import type { AssistedPerson } from '@contract';
import { CATEGORY_SEPARATOR, COLUMN_HELP, LEDGER_COLUMNS } from '#domain/assistance/ledger-columns';

/**
 * The 台账 as Excel: the import template, the export, and reading an uploaded file back into rows of text. The
 * template and the export start with the same columns (domain/assistance/ledger-columns.ts) in the same order.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET = '就业援助台账';
const WIDTHS = [10, 22, 14, 15, 26, 13, 14, 13, 22, 30];
/** 身份证号, 手机号 and 社区代码 are text: as numbers Excel would round an 18-digit ID and drop leading zeros. */
const TEXT_COLUMNS = ['身份证号', '手机号', '社区代码', '失业登记日期', '状态开始日期'] as const;

/** Text people typed that starts like a formula (=, +, -, @) gets an apostrophe, so a spreadsheet shows it instead of running it. */
const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function ledgerSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...LEDGER_COLUMNS]).font = { bold: true };
  LEDGER_COLUMNS.forEach((column, i) => {
    sheet.getColumn(i + 1).width = WIDTHS[i];
    if ((TEXT_COLUMNS as readonly string[]).includes(column)) sheet.getColumn(i + 1).numFmt = '@';
  });
  return sheet;
}

/** An empty ledger sheet to fill in, and a second sheet saying what each column takes with one example row. */
export async function templateWorkbook(example: readonly string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  ledgerSheet(book);
  const help = book.addWorksheet('填写说明');
  help.addRow(['列', '怎么填', '示例']).font = { bold: true };
  LEDGER_COLUMNS.forEach((column, i) => help.addRow([column, COLUMN_HELP[column], example[i] ?? '']));
  help.addRow([]);
  help.addRow(['注意', '在第一个工作表「就业援助台账」从第 2 行起每行填一人；每次最多 50 人；任何一行有误则全部不导入，并提示第几行、哪一列、什么问题。']);
  help.getColumn(1).width = 14;
  help.getColumn(2).width = 80;
  help.getColumn(3).width = 24;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const EXPORT_EXTRA = ['社区', '政策对接', '职业指导', '岗位推荐', '培训信息', '12333 是否达标', '上次服务', '关联居民账号'] as const;

/** The export: the template's columns (numbers masked, so it cannot be re-imported by mistake), then 「12333」. */
export async function exportWorkbook(people: readonly AssistedPerson[], title: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = ledgerSheet(book);
  EXPORT_EXTRA.forEach((column, i) => {
    sheet.getRow(1).getCell(LEDGER_COLUMNS.length + i + 1).value = column;
    sheet.getColumn(LEDGER_COLUMNS.length + i + 1).width = i === 0 ? 16 : 10;
  });
  sheet.getRow(1).font = { bold: true };
  for (const p of people) {
    sheet.addRow([
      safe(p.name), p.idNumberMasked, p.phoneMasked ?? '', p.community.code, p.categories.join(CATEGORY_SEPARATOR), p.unemploymentRegisteredOn ?? '',
      p.status, p.statusSince, safe(p.employerName), safe(p.note),
      p.community.name, ...p.tracking.counts.map((c) => `${c.done}/${c.target}`),
      p.tracking.tracked ? (p.tracking.behind ? '未达标' : '已达标') : '不适用', p.tracking.lastServiceOn ?? '', p.linkedResident ? '已关联' : '',
    ]);
  }
  book.title = title;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A cell as the text a person sees: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // a date-formatted cell holding an impossible number: text the row check rejects with the column named
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '日期无法识别' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
}

export type ReadResult = { ok: true; rows: string[][] } | { ok: false; problem: 'unreadable' | 'header'; found?: string[] };

/** The first sheet's rows after the header, each as LEDGER_COLUMNS-many strings; the header must be the template's. */
export async function readLedgerRows(bytes: Uint8Array): Promise<ReadResult> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { ok: false, problem: 'unreadable' };
  const width = LEDGER_COLUMNS.length;
  const rows: string[][] = [];
  try {
    const header = Array.from({ length: width }, (_, i) => cellText(sheet.getRow(1).getCell(i + 1).value));
    if (header.some((name, i) => name !== LEDGER_COLUMNS[i])) return { ok: false, problem: 'header', found: header };
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push(Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value)));
    }
  } catch {
    // a cell exceljs loads but cannot give a value for: the file as a whole is unreadable, nothing is imported
    return { ok: false, problem: 'unreadable' };
  }
  // trailing blank rows (formatting left behind) are not rows of people
  while (rows.length && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return { ok: true, rows };
}
