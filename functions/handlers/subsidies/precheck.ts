import { SUBSIDY_POLICY_IDS } from '@contract';
import { httpHandler } from '#commons/http';
import { localAmounts } from '#commons/subsidies/local-amounts';
import { POLICY_NAMES, POLICY_VERSION } from '#domain/subsidies/policy-catalog';
import { precheckLine, verdictFor } from '#domain/subsidies/rules';
import { weihaiDate } from '#domain/time/weihai-clock';

/** 补贴测算 without signing in: every policy answered from the same rules the application uses, as of today in Weihai. */
export const handler = httpHandler('subsidyPrecheck', async ({ body }) => {
  const today = weihaiDate(Date.now());
  const amounts = localAmounts();
  return {
    region: body.region,
    asOf: today,
    lines: SUBSIDY_POLICY_IDS.map((id) => precheckLine(id, POLICY_NAMES[id], verdictFor(id, body, today, amounts), body.region)),
    policyVersion: POLICY_VERSION,
  };
});
