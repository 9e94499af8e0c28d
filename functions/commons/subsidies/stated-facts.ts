import type { BusinessKind } from '@contract';
import { businessKindOfCreditCode, businessKindOfOrgType } from '#domain/subsidies/business-kind';
import { ageOn } from '#domain/subsidies/hire-age';
import type { OrgRow } from '#adapters/dynamo/orgs';
import { AppError } from '../errors';

/**
 * Facts the amount or eligibility depends on are checked against what the documents themselves say, so ticking the
 * other box cannot change the money: the business kind against the credit code (and the registered organisation),
 * the hire's age against the birth date in the 身份证号.
 */
export function assertBusinessKind(business: { kind: BusinessKind; creditCode: string }, org: OrgRow | null): void {
  const byCode = businessKindOfCreditCode(business.creditCode);
  const field = 'body.business.kind';
  if (!byCode) {
    throw new AppError('SUBSIDY_KIND_MISMATCH', '统一社会信用代码显示这不是企业或个体工商户（代码应以 91 或 92 开头），不能申请一次性创业补贴', [{ field: 'body.business.creditCode', message: '代码应以 91（企业）或 92（个体工商户）开头' }]);
  }
  if (byCode !== business.kind) {
    throw new AppError('SUBSIDY_KIND_MISMATCH', `统一社会信用代码显示这是${byCode}，请选择「${byCode}」`, [{ field, message: `按信用代码应为${byCode}` }]);
  }
  if (org && businessKindOfOrgType(org.type) !== business.kind) {
    throw new AppError('SUBSIDY_KIND_MISMATCH', `本单位登记的类型是「${org.type}」，与所选的${business.kind}不一致`, [{ field, message: `本单位登记为${org.type}` }]);
  }
}

export function assertHireAge(hire: { age: number; hiredOn: string }, idNumber: string): void {
  const age = ageOn(idNumber, hire.hiredOn);
  if (age !== hire.age) throw new AppError('HIRE_AGE_MISMATCH', `按身份证号，招用当天应为 ${age} 周岁`, [{ field: 'body.hire.age', message: `按身份证号应为 ${age} 周岁` }]);
}
