import { REVIEW_STEP_LABEL, type ReviewLevel, type SubsidyStatus } from '@contract';
import { POLICY_NAMES } from '#domain/subsidies/policy-catalog';
import { STEP_OF } from '#domain/subsidies/review-flow';
import type { SubsidyApplicationRow } from '#adapters/dynamo/subsidies';
import type { Review } from '#adapters/dynamo/subsidy-reviews';

/** The page a message about an application opens (src/utils/routes.ts subsidyDetail). */
export const applicationPageLink = (applicationId: string) => `/packages/subsidy/pages/detail/index?id=${encodeURIComponent(applicationId)}`;

/** Who acts at each step, for the 403 that tells a reviewer whose turn it is. */
const REVIEWERS: Record<ReviewLevel, string> = { community: '社区工作人员', street: '镇街工作人员', district: '区市工作人员' };

export const wrongLevelMessage = (step: ReviewLevel) => `这份申请现在处于${REVIEW_STEP_LABEL[step]}，须由${REVIEWERS[step]}审核`;

/** What the applicant reads in 我的消息 after a reviewer's decision at `step`. */
export function reviewNotice(row: SubsidyApplicationRow, step: ReviewLevel, to: SubsidyStatus, reason: string | null): Review['notice'] {
  const name = `您的「${POLICY_NAMES[row.policyId]}」申请`;
  const link = applicationPageLink(row.id);
  const next = STEP_OF[to];
  if (next) {
    return { kind: 'subsidy_progress', title: '补贴申请有新进展', body: `${name}已通过${REVIEW_STEP_LABEL[step]}，转${REVIEW_STEP_LABEL[next]}。`, link };
  }
  switch (to) {
    case 'approved':
      return { kind: 'subsidy_approved', title: '补贴申请已批准', body: `${name}已批准，金额：${row.amount.label}。`, link };
    case 'returned':
      return { kind: 'subsidy_returned', title: '补贴申请被退回，请修改', body: `${name}在${REVIEW_STEP_LABEL[step]}被退回：${reason}。请按要求修改后重新提交。`, link };
    default:
      return { kind: 'subsidy_rejected', title: '补贴申请未获批准', body: `${name}在${REVIEW_STEP_LABEL[step]}未获批准：${reason}。如有疑问请联系社区。`, link };
  }
}
