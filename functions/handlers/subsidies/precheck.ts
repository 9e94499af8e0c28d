import { SUBSIDY_POLICY_IDS } from '@contract';
import { httpHandler } from '#commons/http';
import { recordAutomaticService } from '#commons/assistance/automatic-service';
import { precheckRef } from '#domain/assistance/auto-sources';
import { localAmounts } from '#commons/subsidies/local-amounts';
import { POLICY_NAMES, POLICY_VERSION } from '#domain/subsidies/policy-catalog';
import { precheckLine, verdictFor } from '#domain/subsidies/rules';
import { weihaiDate } from '#domain/time/weihai-clock';

/** 补贴测算 without signing in: every policy answered from the same rules the application uses, as of today in Weihai. */
export const handler = httpHandler('subsidyPrecheck', async ({ body, principal }) => {
  const today = weihaiDate(Date.now());
  // signed in: a 政策对接 (once a month) toward the 「12333」 of a resident linked to the 就业援助台账; never fails the answer
  if (principal?.role === 'resident') await recordAutomaticService(principal.userId, '政策对接', 'subsidy-precheck', precheckRef(today), '居民使用补贴测算，了解了可申请的就业创业补贴');
  const amounts = localAmounts();
  return {
    region: body.region,
    asOf: today,
    lines: SUBSIDY_POLICY_IDS.map((id) => precheckLine(id, POLICY_NAMES[id], verdictFor(id, body, today, amounts), body.region)),
    policyVersion: POLICY_VERSION,
  };
});
