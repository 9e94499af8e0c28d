import type { LabourDemandResponse } from '@contract';
import { displayDistrictName, findStreet } from '../divisions/catalog';

/**
 * The 用工数据库 as rows for a spreadsheet: one row per employer, a 合计 row, and the per-division summary.
 * Shared by the xlsx and csv writers so both files say the same thing.
 */
export type Cell = string | number;

export const EMPLOYER_HEADER = ['区市', '镇街', '社区', '单位名称', '类型', '是否认证', '用工数量', '招聘中岗位', '招聘人数', '已报名', '缺工', '用工条件'] as const;
export const SUMMARY_HEADER = ['区划', '用工单位', '用工数量', '招聘中岗位', '招聘人数', '已报名', '缺工'] as const;

export function employerRows(demand: LabourDemandResponse): Cell[][] {
  return demand.employers.map((e) => [
    displayDistrictName(e.communityCode.slice(0, 6)),
    findStreet(e.communityCode.slice(0, 9))?.name ?? '',
    e.communityName,
    e.name,
    e.type,
    e.verifiedBadge ? '已认证' : '未认证',
    e.figures.headcount,
    e.figures.openPostings,
    e.figures.positions,
    e.figures.signedUp,
    e.figures.shortage,
    e.conditions.join('；'),
  ]);
}

export function totalRow(demand: LabourDemandResponse): Cell[] {
  const t = demand.totals;
  return ['合计', '', '', `${t.employers} 家`, '', '', t.headcount, t.openPostings, t.positions, t.signedUp, t.shortage, ''];
}

export function summaryRows(demand: LabourDemandResponse): Cell[][] {
  const row = (name: string, f: LabourDemandResponse['totals']): Cell[] => [name, f.employers, f.headcount, f.openPostings, f.positions, f.signedUp, f.shortage];
  return [...demand.children.map((c) => row(c.name, c.figures)), row(`${demand.division.name}合计`, demand.totals)];
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break, quotes doubled (RFC 4180). Text an employer
 * typed that starts like a formula (=, +, -, @) gets a leading apostrophe so Excel shows it instead of running it.
 */
export function csvField(value: Cell): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, which is what makes Excel on Windows read the Chinese correctly. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
