import { REPORT_OUTCOME_LABEL, type OrgStatus } from '@contract';

type Outcome = 'confirmed' | 'dismissed';
type JobStatus = 'open' | 'closed' | 'draft' | 'hidden';

/**
 * What a report's outcome does to the job (劳动维权 in the 零工市场's one-stop services, 威就办〔2023〕9号 三、7):
 * a confirmed report takes the job down for good; a dismissed one puts a job hidden during the check back on the
 * feed, unless it has ended meanwhile (then it is simply closed). Anything else is left as it is.
 */
export function jobStatusAfter(outcome: Outcome, job: { status: string; endsAt: string; hiddenForReport?: string }, reportId: string, nowIso: string): JobStatus | null {
  if (outcome === 'confirmed') return job.status === 'open' || job.status === 'hidden' ? 'closed' : null;
  // Another report hid it: that check is still running, so this one's dismissal leaves it hidden.
  if (job.status !== 'hidden' || (job.hiddenForReport && job.hiddenForReport !== reportId)) return null;
  return job.endsAt > nowIso ? 'open' : 'closed';
}

/**
 * A confirmed report costs the employer its 已认证 badge until staff verify it again. A rejected registration
 * stays rejected (its reason still stands); only the count of confirmed reports grows.
 */
export function orgStatusAfterConfirmed(status: OrgStatus): OrgStatus {
  return status === 'rejected' ? 'rejected' : 'revoked';
}

/** The reporter's inbox message: the outcome in plain words and the staff member's note. */
export function resolvedMessage(outcome: Outcome, jobTitle: string, note: string, orgRevoked = true): { title: string; body: string } {
  const result =
    outcome === 'confirmed'
      ? `经社区核查情况属实，岗位已下架${orgRevoked ? '，用工单位已被撤销认证' : '，已转用工单位所在社区处理'}。`
      : '经社区核查，暂未发现您反映的问题，岗位继续展示。';
  return {
    title: `您举报的「${jobTitle}」已处理：${REPORT_OUTCOME_LABEL[outcome]}`,
    body: `${result}处理说明：${note}。如有疑问可拨打 12333 人社服务热线。`,
  };
}
