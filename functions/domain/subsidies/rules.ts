import dayjs from 'dayjs';
import {
  ASSISTED_CATEGORIES,
  type Citation,
  type PrecheckLine,
  type SubsidyAmount,
  type SubsidyPolicyId,
  type SubsidyRegion,
} from '@contract';
import type { z } from 'zod';
import type { BusinessSituationSchema, HireSituationSchema, WorkSituationSchema } from '@contract';
import { configuredAmount, fixedAmount, floorAmount } from './amounts';
import { HIRING_SUBSIDY, SOCIAL_INSURANCE_SUBSIDY, STARTUP_SUBSIDY, UNCONFIGURED, type LocalAmounts } from './policy-catalog';

export type BusinessFacts = z.output<typeof BusinessSituationSchema>;
export type HireFacts = z.output<typeof HireSituationSchema>;
export type WorkerFacts = z.output<typeof WorkSituationSchema>;

export interface Facts { region: SubsidyRegion; business: BusinessFacts | null; hire: HireFacts | null; worker: WorkerFacts | null }

export type Verdict =
  | { outcome: 'eligible'; amount: SubsidyAmount; reasons: string[]; citation: Citation }
  | { outcome: 'not-eligible' | 'need-answers'; amount: null; reasons: string[]; citation: Citation };

/** Dates are Weihai calendar days (YYYY-MM-DD); comparisons are on whole days so the boundaries are exact. */
const day = (date: string) => dayjs(date);

const OUTCOME_LABEL = { eligible: '可申请', 'not-eligible': '暂不符合', 'need-answers': '还需回答' } as const;

export function startupVerdict(region: SubsidyRegion, business: BusinessFacts | null, today: string): Verdict {
  const citation = STARTUP_SUBSIDY.citation[region];
  if (!business) return { outcome: 'need-answers', amount: null, reasons: ['请告诉我们您创办的是小微企业还是个体工商户，以及营业执照上的成立日期'], citation };
  const registered = day(business.registeredOn);
  if (registered.isAfter(day(today))) {
    return { outcome: 'not-eligible', amount: null, reasons: ['营业执照的成立日期还没到，办好营业执照后再申请'], citation };
  }
  if (region === 'weihai') {
    const yuan = STARTUP_SUBSIDY.weihai[business.kind];
    return { outcome: 'eligible', amount: fixedAmount(yuan), reasons: [`在威海创办${business.kind}，可申请 ${yuan.toLocaleString('en-US')} 元`, '每人、每个单位限申请一次'], citation };
  }
  if (business.kind === '个体工商户') {
    const months = STARTUP_SUBSIDY.shandongNewlyRegisteredMonths;
    const stillNew = !day(today).isAfter(registered.add(months, 'month'));
    if (!stillNew) {
      return { outcome: 'not-eligible', amount: null, reasons: [`个体工商户须为新注册（成立 ${months} 个月以内），您的成立日期是 ${business.registeredOn}`], citation };
    }
    return { outcome: 'eligible', amount: floorAmount(STARTUP_SUBSIDY.shandongFloor['个体工商户']), reasons: [`新注册个体工商户（成立 ${months} 个月以内）`, '每人、每个单位限申请一次'], citation };
  }
  return { outcome: 'eligible', amount: floorAmount(STARTUP_SUBSIDY.shandongFloor['小微企业']), reasons: ['社区创业人员创办小微企业', '每人、每个单位限申请一次'], citation };
}

/** Which of the three groups in 鲁就办〔2023〕13号 三、9 the hire belongs to, with the reason it does or does not. */
function hireGroups(hire: HireFacts): { matched: string[]; missed: string[] } {
  const hired = day(hire.hiredOn);
  const matched: string[] = [];
  const missed: string[] = [];

  if (hire.graduatedOn) {
    const graduated = day(hire.graduatedOn);
    const graduationYear = hired.year() === graduated.year();
    const withinTwoYears = !hired.isBefore(graduated) && !hired.isAfter(graduated.add(HIRING_SUBSIDY.graduateWithinYears, 'year'));
    if (graduationYear) matched.push('毕业年度高校毕业生');
    else if (withinTwoYears && hire.unemployedSinceGraduation) matched.push('离校 2 年内未就业高校毕业生');
    else if (withinTwoYears) missed.push('离校 2 年内的高校毕业生，须离校后一直未就业');
    else missed.push(`高校毕业生须在毕业年度或离校 2 年内招用（离校 ${hire.graduatedOn}，招用 ${hire.hiredOn}）`);
  }

  const registered = hire.unemploymentRegisteredOn ? day(hire.unemploymentRegisteredOn) : null;
  if (registered && registered.isAfter(hired)) {
    missed.push('失业登记日期在招用日期之后，请核对');
  } else if (registered) {
    const { min, max } = HIRING_SUBSIDY.youthAge;
    if (hire.age >= min && hire.age <= max) matched.push(`登记失业的 ${min}—${max} 岁青年`);
    else missed.push(`登记失业青年须为 ${min}—${max} 岁（招用时 ${hire.age} 岁）`);
    const months = HIRING_SUBSIDY.longUnemployedMonths;
    if (!hired.isBefore(registered.add(months, 'month'))) matched.push(`登记失业半年以上人员（${months} 个月及以上）`);
    else missed.push(`登记失业须满 ${months} 个月（登记 ${hire.unemploymentRegisteredOn}，招用 ${hire.hiredOn}）`);
  }
  if (!hire.graduatedOn && !registered) missed.push('被招用人员须为高校毕业生或登记失业人员');
  return { matched, missed };
}

export function hiringVerdict(hire: HireFacts | null, today: string, localAmounts: LocalAmounts): Verdict {
  const citation = HIRING_SUBSIDY.citation;
  if (!hire) return { outcome: 'need-answers', amount: null, reasons: ['请填写所招人员的年龄、招用日期、劳动合同期限，以及毕业或失业登记情况'], citation };
  // The subsidy rewards a hire that happened: a contract starting tomorrow is a plan, not yet an employment.
  if (day(hire.hiredOn).isAfter(day(today))) return { outcome: 'not-eligible', amount: null, reasons: ['招用日期还没到，劳动合同开始后再申请'], citation };
  const { matched, missed } = hireGroups(hire);
  const contractOk = hire.contractMonths >= HIRING_SUBSIDY.minContractMonths;
  const problems = [...(matched.length ? [] : missed), ...(contractOk ? [] : [`劳动合同须签 1 年（${HIRING_SUBSIDY.minContractMonths} 个月）以上，现在是 ${hire.contractMonths} 个月`])];
  if (problems.length) return { outcome: 'not-eligible', amount: null, reasons: problems, citation };
  return {
    outcome: 'eligible', amount: configuredAmount(localAmounts['hiring-subsidy']),
    reasons: [...matched, `签订 ${hire.contractMonths} 个月劳动合同`], citation,
  };
}

export function socialInsuranceVerdict(region: SubsidyRegion, worker: WorkerFacts | null, localAmounts: LocalAmounts): Verdict {
  const citation = SOCIAL_INSURANCE_SUBSIDY.citation[region];
  if (!worker) return { outcome: 'need-answers', amount: null, reasons: ['请告诉我们您是否属于就业困难人员，以及现在的就业情况'], citation };
  const categories = worker.assistedCategories.filter((c) => (ASSISTED_CATEGORIES as readonly string[]).includes(c));
  const problems = [
    ...(categories.length ? [] : ['须为就业困难人员（零就业家庭、低保家庭、大龄、残疾、长期失业等，以社区认定为准）']),
    ...(worker.work === '未就业' ? ['须已到单位就业或灵活就业'] : []),
  ];
  if (problems.length) return { outcome: 'not-eligible', amount: null, reasons: problems, citation };
  return {
    outcome: 'eligible', amount: configuredAmount(localAmounts['social-insurance-subsidy']),
    reasons: [`就业困难人员（${categories.join('、')}）`, `已${worker.work}`], citation,
  };
}

export function verdictFor(policyId: SubsidyPolicyId, facts: Facts, today: string, localAmounts: LocalAmounts): Verdict {
  // The configured figures are Weihai's standard; another city's is not known here, so it reads 以当地公布标准为准.
  const amounts = facts.region === 'weihai' ? localAmounts : UNCONFIGURED;
  switch (policyId) {
    case 'startup-subsidy': return startupVerdict(facts.region, facts.business, today);
    case 'hiring-subsidy': return hiringVerdict(facts.hire, today, amounts);
    case 'social-insurance-subsidy': return socialInsuranceVerdict(facts.region, facts.worker, amounts);
  }
}

export function precheckLine(policyId: SubsidyPolicyId, name: string, verdict: Verdict, region: SubsidyRegion): PrecheckLine {
  return {
    policyId, policyName: name, outcome: verdict.outcome, outcomeLabel: OUTCOME_LABEL[verdict.outcome],
    amount: verdict.amount, reasons: verdict.reasons, citation: verdict.citation,
    canApply: verdict.outcome === 'eligible' && region === 'weihai',
  };
}
