/**
 * 资料不完整: what a sign-up needs before staff can review it — who the person is, how the employer reaches them
 * once approved, and which community's staff review it.
 */
export interface SignupReadinessFacts {
  name?: string;
  hasPhone: boolean;
  homeCommunityCode?: string;
}

export type MissingField = 'name' | 'phone' | 'homeCommunityCode';

const MESSAGES: Record<MissingField, string> = {
  name: '请填写真实姓名',
  phone: '请填写手机号，审核通过后用工单位会联系您',
  homeCommunityCode: '请选择您的社区，由社区工作人员审核报名',
};

export function missingForSignup(facts: SignupReadinessFacts): { field: MissingField; message: string }[] {
  const missing: MissingField[] = [];
  if (!facts.name?.trim()) missing.push('name');
  if (!facts.hasPhone) missing.push('phone');
  if (!facts.homeCommunityCode) missing.push('homeCommunityCode');
  return missing.map((field) => ({ field, message: MESSAGES[field] }));
}
