/**
 * What a posting may not ask of workers. Fee and deposit scams and moving the conversation off the platform are
 * the top complaints about gig platforms; the community 零工市场 is meant to offer 劳动维权 (威就办〔2023〕9号 三、7).
 * This list is data: add a term here, with the reason a worker will read, and postings are checked against it.
 */
export interface ScamRule {
  /** Plain words or a pattern, matched case-insensitively against title, description and requirements. */
  pattern: RegExp;
  reason: string;
  kind: 'fee' | 'off-platform';
}

export const SCAM_RULES_VERSION = '2026-11';

const fee = (words: string[], reason: string): ScamRule => ({ pattern: new RegExp(words.join('|'), 'gi'), reason, kind: 'fee' });

/** 「不收取任何培训费」 promises the opposite of a fee: a fee word right after a negation does not count. */
const NEGATION_BEFORE = /(不|无|免|没有|禁止|拒绝|绝不)[^，。；,.;!！\n]{0,12}$/;

export const SCAM_RULES: readonly ScamRule[] = [
  fee(['押金', '保证金', '风险金'], '不得向求职者收取押金、保证金'),
  fee(['培训费', '报名费', '介绍费', '中介费', '服务费', '资料费'], '不得向求职者收取培训费、报名费、介绍费等费用'),
  fee(['服装费', '工装费', '工服费'], '工作服应由用工单位提供，不得向求职者收费'),
  fee(['体检费自理', '自费体检', '体检费用自理'], '不得要求求职者自费体检后才能上岗'),
  fee(['先交钱', '先交费', '先缴费', '先付款', '交钱上岗', '缴费上岗'], '不得要求求职者先交钱再上岗'),
  fee(['扣押身份证', '押身份证', '身份证抵押'], '不得扣押求职者的身份证件'),
  { pattern: /(加|添加|联系)\s*(微信|vx|v信|wx|qq|QQ)|微信号|qq号|QQ群|微信群/gi, reason: '请不要把求职者引到平台外联系：报名审核通过后，平台会把联系方式给到对方', kind: 'off-platform' },
  { pattern: /1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}/g, reason: '请不要在岗位描述里留手机号：报名审核通过后，平台会把联系方式给到对方', kind: 'off-platform' },
];

export interface ScamFinding {
  reason: string;
  kind: ScamRule['kind'];
  /** The words in the posting that matched, so the employer sees what to change. */
  matched: string;
}

export function scamFindings(texts: string[]): ScamFinding[] {
  const text = texts.join('\n');
  const findings: ScamFinding[] = [];
  for (const rule of SCAM_RULES) {
    const hit = [...text.matchAll(rule.pattern)].find((m) => rule.kind !== 'fee' || !NEGATION_BEFORE.test(text.slice(0, m.index)));
    if (hit) findings.push({ reason: rule.reason, kind: rule.kind, matched: hit[0] });
  }
  return findings;
}
