import type { LoanKind } from '@contract';
import { LOAN_LIMITS } from './policy-catalog';

export interface LoanRequest { kind: LoanKind; amountYuan: number; termMonths: number }

/** Field-level problems naming the limit, e.g. 「创业者个人最高 50 万元」. Empty when the request is within the limits. */
export function loanLimitProblems(request: LoanRequest): { field: string; message: string }[] {
  const limit = LOAN_LIMITS[request.kind];
  const problems: { field: string; message: string }[] = [];
  if (request.amountYuan > limit.maxYuan) {
    problems.push({ field: 'body.amountYuan', message: `${limit.label}创业提振贷最高 ${wan(limit.maxYuan)} 万元（${limit.maxYuan.toLocaleString('en-US')} 元）` });
  }
  if (request.termMonths > limit.maxMonths) {
    problems.push({ field: 'body.termMonths', message: `${limit.label}创业提振贷期限最长 ${limit.maxMonths / 12} 年（${limit.maxMonths} 个月）` });
  }
  return problems;
}

const wan = (yuan: number) => yuan / 10_000;
