import { REVIEW_STEP_LABEL } from '@contract';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { assertStaffCovers, requireApplication } from '#commons/subsidies/access';
import { applicationView } from '#commons/subsidies/application-view';
import { reviewNotice, wrongLevelMessage } from '#commons/subsidies/review-notice';
import { reviewTransition } from '#domain/subsidies/review-flow';
import { getApplication } from '#adapters/dynamo/subsidies';
import { applyReview } from '#adapters/dynamo/subsidy-reviews';

/**
 * 社区初审 → 街道复核 → 区市审批 (#60). Only staff of the current step's level, over the application's community,
 * decide; nothing skips a step. The decision is conditional on the status and version the reviewer saw, so a
 * correction or another reviewer in between turns it into a 409, never a decision on facts nobody read.
 */
export const handler = httpHandler('reviewSubsidyApplication', async ({ params, body, principal }) => {
  const row = await requireApplication(params.applicationId);
  assertStaffCovers(row, principal);
  const transition = reviewTransition(row.status, principal.staff!.level, body.decision);
  if (!transition.ok) {
    if (transition.problem === 'wrong-level') throw new AppError('SUBSIDY_WRONG_LEVEL', wrongLevelMessage(transition.step!));
    throw new AppError('SUBSIDY_STATE_CHANGED', '这份申请不在待审核状态，请刷新后再看');
  }
  if (body.expectedVersion !== undefined && body.expectedVersion !== row.version) throw new AppError('SUBSIDY_STATE_CHANGED');

  const reason = body.reason || null;
  const at = new Date().toISOString();
  const decided = await applyReview(row, {
    from: row.status,
    to: transition.to,
    entry: { status: transition.to, at, by: REVIEW_STEP_LABEL[transition.step], reason },
    notice: reviewNotice(row, transition.step, transition.to, reason),
  });
  if (!decided) throw new AppError('SUBSIDY_STATE_CHANGED');
  return applicationView((await getApplication(row.id))!, { documentLinks: true });
});
