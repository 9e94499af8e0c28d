import type { BusinessKind, DocumentKind, LoanKind, SubsidyPolicyId, SubsidyRegion } from '@contract';
import { SHANDONG, WEIHAI, cite } from './citations';

/**
 * The subsidy rules as versioned data. Change a figure here (and bump POLICY_VERSION) when the city publishes a new
 * standard; applications keep the version they were computed under.
 */
export const POLICY_VERSION = '2023-2025.1';
export const POLICY_EFFECTIVE_FROM = '2023-01-01';

export interface DocumentRequirement { kind: DocumentKind; required: boolean }

export const STARTUP_SUBSIDY = {
  id: 'startup-subsidy' as const,
  name: '一次性创业补贴',
  oncePer: 'ever' as const,
  /** 威就办〔2023〕9号 三、6: 小微企业 2 万元、个体工商户 5000 元. */
  weihai: { '小微企业': 20_000, '个体工商户': 5_000 } satisfies Record<BusinessKind, number>,
  /** 鲁就办〔2023〕13号 三、7: 小微企业 不低于 1.2 万元；新注册个体工商户 不低于 2000 元 (cities may pay more). */
  shandongFloor: { '小微企业': 12_000, '个体工商户': 2_000 } satisfies Record<BusinessKind, number>,
  /**
   * 三、7 extends the subsidy to 「新注册」 个体工商户 without defining how new. This deployment reads it as registered
   * within the last 12 months (inclusive); a city that publishes its own period changes it here.
   */
  shandongNewlyRegisteredMonths: 12,
  citation: { weihai: cite([WEIHAI, '三、6']), 'shandong-other': cite([SHANDONG, '三、7']) } satisfies Record<SubsidyRegion, unknown>,
  documents: [{ kind: 'licence', required: true }, { kind: 'id-proof', required: true }, { kind: 'other', required: false }] satisfies DocumentRequirement[],
};

export const HIRING_SUBSIDY = {
  id: 'hiring-subsidy' as const,
  name: '一次性吸纳就业补贴',
  oncePer: 'ever' as const,
  /** 鲁就办〔2023〕13号 三、9: 招用…签订 1 年以上劳动合同的. */
  minContractMonths: 12,
  /** 毕业年度或离校 2 年内未就业高校毕业生. */
  graduateWithinYears: 2,
  /** 登记失业的 16—24 岁青年 (both ends inclusive). */
  youthAge: { min: 16, max: 24 },
  /** 登记失业半年以上人员. */
  longUnemployedMonths: 6,
  citation: cite([SHANDONG, '三、9']),
  documents: [{ kind: 'labour-contract', required: true }, { kind: 'id-proof', required: true }, { kind: 'other', required: false }] satisfies DocumentRequirement[],
};

export const SOCIAL_INSURANCE_SUBSIDY = {
  id: 'social-insurance-subsidy' as const,
  name: '社会保险补贴',
  /** Paid for the period worked, so one application per person per calendar year. */
  oncePer: 'year' as const,
  citation: { weihai: cite([WEIHAI, '三、1'], [SHANDONG, '三、16']), 'shandong-other': cite([SHANDONG, '三、16']) } satisfies Record<SubsidyRegion, unknown>,
  documents: [{ kind: 'id-proof', required: true }, { kind: 'employment-proof', required: true }, { kind: 'other', required: false }] satisfies DocumentRequirement[],
};

/** 创业提振贷 (「创贷+商贷」): 鲁就办〔2023〕13号 三、7 and 威就办〔2023〕9号 三、6 name the same limits. */
export const LOAN_LIMITS: Record<LoanKind, { label: string; maxYuan: number; maxMonths: number }> = {
  individual: { label: '创业者个人', maxYuan: 500_000, maxMonths: 36 },
  'small-business': { label: '小微企业', maxYuan: 10_000_000, maxMonths: 24 },
};
export const LOAN_CITATION = cite([WEIHAI, '三、6'], [SHANDONG, '三、7']);

export const POLICY_NAMES: Record<SubsidyPolicyId, string> = {
  'startup-subsidy': STARTUP_SUBSIDY.name,
  'hiring-subsidy': HIRING_SUBSIDY.name,
  'social-insurance-subsidy': SOCIAL_INSURANCE_SUBSIDY.name,
};

export const POLICY_DOCUMENTS: Record<SubsidyPolicyId, DocumentRequirement[]> = {
  'startup-subsidy': STARTUP_SUBSIDY.documents,
  'hiring-subsidy': HIRING_SUBSIDY.documents,
  'social-insurance-subsidy': SOCIAL_INSURANCE_SUBSIDY.documents,
};

export const ONCE_PER: Record<SubsidyPolicyId, 'ever' | 'year'> = {
  'startup-subsidy': STARTUP_SUBSIDY.oncePer,
  'hiring-subsidy': HIRING_SUBSIDY.oncePer,
  'social-insurance-subsidy': SOCIAL_INSURANCE_SUBSIDY.oncePer,
};

/** Amounts the policies leave to the local standard; null until configured (SUBSIDY_AMOUNTS, see functions/commons/subsidies.ts). */
export interface LocalAmounts { 'hiring-subsidy': number | null; 'social-insurance-subsidy': number | null }
export const UNCONFIGURED: LocalAmounts = { 'hiring-subsidy': null, 'social-insurance-subsidy': null };
