import { httpHandler } from '#commons/http';
import { recordAutomaticService } from '#commons/assistance/automatic-service';
import { loadApplicant } from '#commons/subsidies/applicant';
import { applicationView } from '#commons/subsidies/application-view';
import { alreadyApplied, newApplication } from '#commons/subsidies/new-application';
import { createApplication } from '#adapters/dynamo/subsidies';
import { POLICY_NAMES } from '#domain/subsidies/policy-catalog';

/**
 * 新建补贴申请 (#55). The draft and its one-time places commit together, so of any number of simultaneous
 * applications for the same person, business or hire exactly one is created; the rest are told which one holds it.
 */
export const handler = httpHandler('createSubsidyApplication', async ({ body, principal }) => {
  const { row, bindToAccount } = await newApplication(await loadApplicant(principal), body, Date.now());
  const outcome = await createApplication(row, bindToAccount);
  if (!outcome.created) throw alreadyApplied(outcome.holder, principal.userId, row.policyId);
  // a 政策对接 toward the 「12333」 of a resident linked to the 就业援助台账 (never fails the application)
  await recordAutomaticService(principal.userId, '政策对接', 'subsidy-application', row.id, `居民在系统中申请「${POLICY_NAMES[row.policyId]}」`);
  return applicationView(row, { documentLinks: false });
});
