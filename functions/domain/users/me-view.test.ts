import { MeSchema } from '@contract';
import { meView } from './me-view';

describe('meView', () => {
  it('resolves the home community path and masks the phone', () => {
    const me = meView({ id: 'u1', role: 'resident', name: '张秀英', phone: '13812345678', homeCommunityCode: '371002002001' });
    expect(MeSchema.parse(me)).toEqual(me);
    expect(me.phoneMasked).toBe('138****5678');
    expect(JSON.stringify(me)).not.toContain('13812345678');
    expect(me.homeCommunity).toMatchObject({ code: '371002002001', street: { code: '371002002', name: '鲸园街道' }, district: { code: '371002', name: '环翠区' } });
  });
  it('names the staff scope at each level', () => {
    const at = (code: string, level: 'city' | 'district' | 'street' | 'community') =>
      meView({ id: 's', role: 'staff', name: '工作人员', staffLevel: level, staffDivisionCode: code }).staff!.divisionName;
    expect(at('3710', 'city')).toBe('威海市');
    expect(at('371002', 'district')).toBe('环翠区');
    expect(at('371002002', 'street')).toBe('鲸园街道');
  });
  it('shows no staff or employer block to a resident who carries such fields', () => {
    const me = meView({ id: 'r', role: 'resident', name: '李', staffLevel: 'city', staffDivisionCode: '3710', org: { id: 'o', name: 'x' } });
    expect(me.staff).toBeNull();
    expect(me.employer).toBeNull();
  });
});
