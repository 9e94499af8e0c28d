import type { ASSISTED_CATEGORIES, EMPLOYMENT_SITUATIONS, Eligibility, TargetGroup } from '@contract';
import { weihaiClock } from '../time/weihai-clock';

/**
 * 参训要求 (鲁就办〔2023〕13号 三、11) checked against who the resident is. Target groups per training type come from
 * 三、12 (转岗赋能: 失业人员、就业困难人员; 就业技能: 高校毕业生; 劳动预备制: 未升学初高中毕业生; 实用技能: 残疾人…);
 * the mapping from a resident's facts to those groups is DATA below, so a new rule is a table change.
 */
export type Situation = (typeof EMPLOYMENT_SITUATIONS)[number];
export type AssistedCategory = (typeof ASSISTED_CATEGORIES)[number];

export interface ResidentFacts {
  birthYear: number | null | undefined;
  /** Assisted categories the resident shared with consent (contract/profile.ts). */
  assistedCategories: readonly AssistedCategory[];
  /** 基本情况 from the 四清 survey, or null when it was never filled in. */
  situation: Situation | null;
}

/** The 四清 基本情况 → target groups. 灵活就业 and 在职想提升 are plain 城乡劳动者. */
export const SITUATION_GROUPS: Record<Situation, readonly TargetGroup[]> = {
  失业: ['失业人员'],
  未就业高校毕业生: ['高校毕业生'],
  未升学初高中毕业生: ['未升学初高中毕业生'],
  灵活就业: [],
  在职想提升: [],
  想创业: ['创业人员'],
};

/**
 * Every assisted category (就业援助对象, 鲁就办〔2023〕13号 三、16) is a 就业困难人员; some say more about the person:
 * 残疾 is also 残疾人 (实用技能), 长期失业 is also 失业人员, an unemployed graduate is also 高校毕业生.
 */
export const ASSISTED_GROUPS: Record<AssistedCategory, readonly TargetGroup[]> = {
  零就业家庭: ['就业困难人员'],
  低保家庭: ['就业困难人员'],
  低保边缘家庭: ['就业困难人员'],
  '脱贫/防返贫监测': ['就业困难人员'],
  大龄: ['就业困难人员'],
  残疾: ['就业困难人员', '残疾人'],
  长期失业: ['就业困难人员', '失业人员'],
  未就业高校毕业生: ['就业困难人员', '高校毕业生'],
};

/** Legal working age: from 16 everyone is a 城乡劳动者, the group that stands for "不限人群". */
export const WORKING_AGE = 16;
export const BIRTH_YEAR_MISSING = '请先在「我的资料」填写出生年份';

export const weihaiYear = (now = Date.now()) => weihaiClock(now).asUtcFields.getUTCFullYear();

/** Age by calendar year, the way 参训要求 「16-60 周岁」 is read at a 社区 desk. */
export const ageIn = (birthYear: number, nowYear: number) => nowYear - birthYear;

export function residentGroups(facts: ResidentFacts, nowYear = weihaiYear()): TargetGroup[] {
  const groups = new Set<TargetGroup>();
  if (facts.birthYear && ageIn(facts.birthYear, nowYear) >= WORKING_AGE) groups.add('城乡劳动者');
  if (facts.situation) SITUATION_GROUPS[facts.situation].forEach((g) => groups.add(g));
  for (const category of facts.assistedCategories) ASSISTED_GROUPS[category]?.forEach((g) => groups.add(g));
  return [...groups];
}

export interface EligibilityVerdict {
  eligible: boolean;
  /** Why not (in Chinese, for the 409 and the card), or on what grounds yes. */
  reasons: string[];
}

/** Age limits are inclusive at both ends; any one of the training's groups is enough. */
export function eligibilityVerdict(eligibility: Eligibility, facts: ResidentFacts, nowYear = weihaiYear()): EligibilityVerdict {
  if (!facts.birthYear) return { eligible: false, reasons: [BIRTH_YEAR_MISSING] };
  const age = ageIn(facts.birthYear, nowYear);
  const reasons: string[] = [];
  const ageText = `${eligibility.ageMin}-${eligibility.ageMax} 周岁`;
  if (age < eligibility.ageMin) reasons.push(`这项培训要求 ${ageText}，您今年 ${age} 岁，还不到 ${eligibility.ageMin} 岁`);
  if (age > eligibility.ageMax) reasons.push(`这项培训要求 ${ageText}，您今年 ${age} 岁，超过了 ${eligibility.ageMax} 岁`);
  const mine = residentGroups(facts, nowYear);
  const matched = eligibility.groups.filter((g) => mine.includes(g));
  if (!matched.length) {
    const hint = facts.situation ? '' : '；填写「四清」培训需求后可以再看看';
    reasons.push(`这项培训面向${eligibility.groups.join('、')}，您目前不在其中${hint}`);
  }
  if (reasons.length) return { eligible: false, reasons };
  return { eligible: true, reasons: [`年龄符合（${age} 岁）`, `符合参训人群：${matched.join('、')}`] };
}
