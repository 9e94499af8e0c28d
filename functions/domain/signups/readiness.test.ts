import { missingForSignup } from './readiness';

describe('资料不完整', () => {
  it('a resident with name, phone and community is ready', () => {
    expect(missingForSignup({ name: '张秀英', hasPhone: true, homeCommunityCode: '371002002001' })).toEqual([]);
  });

  it('names every missing item in Chinese', () => {
    const missing = missingForSignup({ name: '  ', hasPhone: false });
    expect(missing.map((m) => m.field)).toEqual(['name', 'phone', 'homeCommunityCode']);
    for (const m of missing) expect(m.message).toMatch(/请/);
  });
});
