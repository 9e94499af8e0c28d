import { businessKindOfCreditCode, businessKindOfOrgType } from './business-kind';
import { ageOn } from './hire-age';

describe('the business kind behind the amount', () => {
  it.each([
    ['91371002MA3C0000XX', '小微企业'],
    ['92371002MA3C0000XX', '个体工商户'],
    ['93371002MA3C0000XX', null],
    ['52371002MA3C0000XX', null],
  ] as const)('%s → %s', (code, kind) => expect(businessKindOfCreditCode(code)).toBe(kind));

  it.each([
    ['个体工商户', '个体工商户'],
    ['企业', '小微企业'],
    ['社区微工厂', '小微企业'],
    ['社会组织', null],
    ['劳务合作社', null],
  ] as const)('an organisation of type %s claims as %s', (type, kind) => expect(businessKindOfOrgType(type)).toBe(kind));
});

describe('age on the hire date from the 身份证号', () => {
  it('turns a year older on the birthday, not the day before', () => {
    expect(ageOn('371002200207150012', '2026-07-14')).toBe(23);
    expect(ageOn('371002200207150012', '2026-07-15')).toBe(24);
    expect(ageOn('371002200107150012', '2026-07-15')).toBe(25);
  });
});
