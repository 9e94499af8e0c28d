import { ASSISTED_CATEGORIES, CreateAssistedPersonBodySchema, EMPLOYMENT_STATUSES, type AssistedCategory } from '@contract';
import type { z } from 'zod';
import { checkIdNumber, ID_NUMBER_MESSAGES } from '../profile/id-number';
import { LEDGER_COLUMNS, type LedgerColumn } from './ledger-columns';
import { checkStatus } from './status-history';

/**
 * The 台账 import checks every row before anything is written (all or nothing). Each problem names the spreadsheet
 * row (as Excel numbers it: the header is row 1, so the first person is row 2), the column header and, in Chinese,
 * what is wrong, so staff can fix the file and import it again.
 */
export type PersonBody = z.output<typeof CreateAssistedPersonBodySchema>;

export interface RowError {
  row: number;
  column: LedgerColumn | '';
  message: string;
}

export interface RowContext {
  today: string;
  /** Is this a real Weihai community code? */
  communityExists: (code: string) => boolean;
  /** Does the importing staff member's division cover it? */
  inScope: (code: string) => boolean;
}

/** The first row of people in the sheet (row 1 is the header). */
export const FIRST_DATA_ROW = 2;

const FIELD_COLUMN: Record<string, LedgerColumn> = {
  name: '姓名', idNumber: '身份证号', phone: '手机号', communityCode: '社区代码', categories: '援助类别', unemploymentRegisteredOn: '失业登记日期',
  status: '就业状态', statusSince: '状态开始日期', employerName: '就业单位', note: '备注',
};

/** 2026/3/5, 2026.3.5 and 2026-3-5 all mean 2026-03-05; anything else is left for the date check to refuse. */
export function normaliseDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text.trim();
}

export const splitCategories = (text: string) => text.split(/[、,，;；\s]+/).map((s) => s.trim()).filter(Boolean);

const cellOf = (cells: readonly string[], column: LedgerColumn) => (cells[LEDGER_COLUMNS.indexOf(column)] ?? '').trim();

/** A blank row between people is not an error; it is skipped. */
export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => !cell || !cell.trim());

/** One row → the same body the 登记 form sends, or the problems with it. */
export function validateRow(cells: readonly string[], row: number, ctx: RowContext): { ok: true; body: PersonBody } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: LedgerColumn, message: string) => errors.push({ row, column, message });

  const categories = splitCategories(cellOf(cells, '援助类别'));
  const unknown = categories.filter((c) => !(ASSISTED_CATEGORIES as readonly string[]).includes(c));
  if (unknown.length) fail('援助类别', `「${unknown.join('、')}」不是援助类别，可填：${ASSISTED_CATEGORIES.join('、')}`);
  const status = cellOf(cells, '就业状态');
  if (!(EMPLOYMENT_STATUSES as readonly string[]).includes(status)) fail('就业状态', status ? `「${status}」不是就业状态，可填：${EMPLOYMENT_STATUSES.join('、')}` : '请填写就业状态');

  const unemployed = normaliseDate(cellOf(cells, '失业登记日期'));
  const phone = cellOf(cells, '手机号');
  const input = {
    name: cellOf(cells, '姓名'),
    idNumber: cellOf(cells, '身份证号'),
    phone: phone === '' ? null : phone,
    communityCode: cellOf(cells, '社区代码'),
    categories: unknown.length ? [] : (categories as AssistedCategory[]),
    unemploymentRegisteredOn: unemployed === '' ? null : unemployed,
    status: errors.some((e) => e.column === '就业状态') ? EMPLOYMENT_STATUSES[0] : status,
    statusSince: normaliseDate(cellOf(cells, '状态开始日期')),
    employerName: cellOf(cells, '就业单位'),
    note: cellOf(cells, '备注'),
    linkResident: true,
  };
  const parsed = CreateAssistedPersonBodySchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = FIELD_COLUMN[String(issue.path[0])] ?? '姓名';
      // the "category or unemployment date" rule is already explained when the categories themselves were wrong
      if (column === '援助类别' && unknown.length) continue;
      if (!errors.some((e) => e.column === column)) fail(column, issue.message);
    }
  }
  const has = (column: LedgerColumn) => errors.some((e) => e.column === column);
  if (!has('身份证号')) {
    const id = checkIdNumber(input.idNumber, new Date(`${ctx.today}T23:59:59Z`));
    if (!id.ok) fail('身份证号', ID_NUMBER_MESSAGES[id.problem]);
  }
  if (!has('社区代码')) {
    if (!ctx.communityExists(input.communityCode)) fail('社区代码', `没有代码为 ${input.communityCode} 的社区（村）`);
    else if (!ctx.inScope(input.communityCode)) fail('社区代码', '这个社区不在您负责的区域内');
  }
  if (!has('失业登记日期') && input.unemploymentRegisteredOn && input.unemploymentRegisteredOn > ctx.today) fail('失业登记日期', '失业登记日期不能晚于今天');
  if (parsed.success && !has('就业状态') && !has('状态开始日期')) {
    const problem = checkStatus({ status: parsed.data.status, since: parsed.data.statusSince, employerName: parsed.data.employerName }, ctx.today);
    if (problem) fail(problem.field === 'employerName' ? '就业单位' : '状态开始日期', problem.message);
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, body: { ...parsed.data, idNumber: parsed.data.idNumber.toUpperCase() } };
}

/** Every row checked, then 身份证号 repeated within the file, each repeat naming the row it repeats. */
export function validateRows(rows: readonly (readonly string[])[], ctx: RowContext): { bodies: { row: number; body: PersonBody }[]; errors: RowError[] } {
  const bodies: { row: number; body: PersonBody }[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = FIRST_DATA_ROW + i;
    if (isBlankRow(cells)) return;
    const result = validateRow(cells, row, ctx);
    if (!result.ok) {
      errors.push(...result.errors);
      return;
    }
    const first = firstRowOf.get(result.body.idNumber);
    if (first !== undefined) {
      errors.push({ row, column: '身份证号', message: `与第 ${first} 行的身份证号重复` });
      return;
    }
    firstRowOf.set(result.body.idNumber, row);
    bodies.push({ row, body: result.body });
  });
  return { bodies, errors };
}
