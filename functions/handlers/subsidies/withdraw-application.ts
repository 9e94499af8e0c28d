import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { assertOwner, requireApplication } from '#commons/subsidies/access';
import { applicationView } from '#commons/subsidies/application-view';
import { isEditable } from '#domain/subsidies/review-flow';
import { getApplication } from '#adapters/dynamo/subsidies';
import { withdrawApplication } from '#adapters/dynamo/subsidy-reviews';

/** 撤回 a draft or a returned application; the one-time places go back in the same write. */
export const handler = httpHandler('withdrawSubsidyApplication', async ({ params, principal }) => {
  const row = await requireApplication(params.applicationId);
  assertOwner(row, principal);
  if (!isEditable(row.status)) throw new AppError('SUBSIDY_NOT_WITHDRAWABLE');
  if (!(await withdrawApplication(row, new Date().toISOString()))) throw new AppError('SUBSIDY_STATE_CHANGED');
  return applicationView((await getApplication(row.id))!, { documentLinks: true });
});
