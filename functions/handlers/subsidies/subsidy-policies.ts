import { httpHandler } from '#commons/http';
import { localAmounts } from '#commons/subsidies/local-amounts';
import { loanProductsView, policyCatalogView } from '#domain/subsidies/catalog-view';
import { POLICY_EFFECTIVE_FROM, POLICY_VERSION } from '#domain/subsidies/policy-catalog';

/** The policies as versioned data (#54): no table read, amounts the policies leave open from SUBSIDY_AMOUNTS. */
export const handler = httpHandler('subsidyPolicies', async () => ({
  version: POLICY_VERSION,
  effectiveFrom: POLICY_EFFECTIVE_FROM,
  items: policyCatalogView(localAmounts()),
  loans: loanProductsView(),
}));
