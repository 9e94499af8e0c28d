import { POLICY_NAMES } from '#domain/subsidies/policy-catalog';
import { canVoid } from '#domain/subsidies/review-flow';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { assertClaimsDesk, assertStaffCovers, requireApplication } from '#commons/subsidies/access';
import { applicationView } from '#commons/subsidies/application-view';
import { applicationPageLink } from '#commons/subsidies/review-notice';
import { getApplication } from '#adapters/dynamo/subsidies';
import { applyReview } from '#adapters/dynamo/subsidy-reviews';

const DESK_LABEL = { district: '区市名额核查', city: '市级名额核查' } as const;

/**
 * 作废 after 名额核查: district staff of the application's district (or city staff) close an application that holds a
 * one-time place it should not — a number typed by someone else — as 不予批准 with their reason. The status change,
 * the freed places and the applicant's message are one transaction, conditional on the version the staff saw.
 */
export const handler = httpHandler('voidSubsidyApplication', async ({ params, body, principal }) => {
  assertClaimsDesk(principal);
  const row = await requireApplication(params.applicationId);
  assertStaffCovers(row, principal);
  if (!canVoid(row.status)) throw new AppError('SUBSIDY_NOT_VOIDABLE');
  if (body.expectedVersion !== row.version) throw new AppError('SUBSIDY_STATE_CHANGED');
  const at = new Date().toISOString();
  const by = DESK_LABEL[principal.staff!.level as keyof typeof DESK_LABEL];
  const voided = await applyReview(row, {
    from: row.status,
    to: 'rejected',
    entry: { status: 'rejected', at, by, reason: body.reason },
    notice: {
      kind: 'subsidy_rejected',
      title: '补贴申请已作废',
      body: `您的「${POLICY_NAMES[row.policyId]}」申请经${by}作废：${body.reason}。如有疑问请联系社区。`,
      link: applicationPageLink(row.id),
    },
  });
  if (!voided) throw new AppError('SUBSIDY_STATE_CHANGED');
  return applicationView((await getApplication(row.id))!, { documentLinks: true });
});
