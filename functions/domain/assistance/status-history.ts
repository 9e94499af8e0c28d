import type { EmploymentStatus } from '@contract';

/**
 * 就业状态 and its history (台账「动态管理」, 鲁就办〔2023〕13号 三、16). A change of status appends an entry; editing the
 * date or employer of the current status corrects that entry (a typo is not a new event). Entries never go back in
 * time: a new status cannot start before the one it replaces, and nothing starts after today.
 */
export interface StatusEntry {
  status: EmploymentStatus;
  since: string;
  employerName: string;
  recordedAt: string;
}

export interface StatusChange {
  status: EmploymentStatus;
  since: string;
  employerName: string;
}

export type StatusProblem = { field: 'employerName' | 'statusSince'; message: string };

/** Statuses that mean someone employs the person: the 台账 names who. */
export const NEEDS_EMPLOYER: readonly EmploymentStatus[] = ['已就业', '公益性岗位安置'];

export function checkStatus(change: StatusChange, today: string): StatusProblem | null {
  if (NEEDS_EMPLOYER.includes(change.status) && !change.employerName.trim()) return { field: 'employerName', message: `「${change.status}」请填写就业单位` };
  if (change.since > today) return { field: 'statusSince', message: '状态开始日期不能晚于今天' };
  return null;
}

/** 待业 has no employer; whatever was typed there is dropped rather than kept against the wrong status. */
const normalised = (change: StatusChange): StatusChange => ({ ...change, employerName: change.status === '待业' ? '' : change.employerName.trim() });

export function firstHistory(change: StatusChange, today: string, recordedAt: string): { ok: true; history: StatusEntry[] } | { ok: false; problem: StatusProblem } {
  const problem = checkStatus(change, today);
  if (problem) return { ok: false, problem };
  return { ok: true, history: [{ ...normalised(change), recordedAt }] };
}

export function nextHistory(
  history: readonly StatusEntry[],
  change: StatusChange,
  today: string,
  recordedAt: string,
): { ok: true; history: StatusEntry[]; changed: boolean } | { ok: false; problem: StatusProblem } {
  const problem = checkStatus(change, today);
  if (problem) return { ok: false, problem };
  const next = normalised(change);
  const current = history[history.length - 1];
  if (!current) return { ok: true, history: [{ ...next, recordedAt }], changed: true };
  const earlier = history.slice(0, -1);
  if (next.status === current.status) {
    if (next.since === current.since && next.employerName === current.employerName) return { ok: true, history: [...history], changed: false };
    const before = earlier[earlier.length - 1];
    if (before && next.since < before.since) return { ok: false, problem: { field: 'statusSince', message: `不能早于上一个状态「${before.status}」的开始日期 ${before.since}` } };
    return { ok: true, history: [...earlier, { ...next, recordedAt }], changed: true };
  }
  if (next.since < current.since) return { ok: false, problem: { field: 'statusSince', message: `不能早于当前状态「${current.status}」的开始日期 ${current.since}` } };
  return { ok: true, history: [...history, { ...next, recordedAt }], changed: true };
}
