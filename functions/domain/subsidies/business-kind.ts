import type { BusinessKind } from '@contract';

/**
 * GB 32100: the first character is the registering authority (9 = 市场监管/工商) and the second the kind of entity
 * (1 = 企业, 2 = 个体工商户, 3 = 农民专业合作社). The amount depends on the kind, so it is read from the code rather
 * than taken from the form: a 个体工商户 cannot claim the 小微企业 amount by ticking the other box.
 */
export function businessKindOfCreditCode(creditCode: string): BusinessKind | null {
  if (creditCode.startsWith('91')) return '小微企业';
  if (creditCode.startsWith('92')) return '个体工商户';
  return null;
}

/** The kind an organisation registered on the platform can claim the startup subsidy as, or null for none. */
export function businessKindOfOrgType(orgType: string): BusinessKind | null {
  if (orgType === '个体工商户') return '个体工商户';
  if (orgType === '企业' || orgType === '社区微工厂') return '小微企业';
  return null;
}
