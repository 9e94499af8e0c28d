import fc from 'fast-check';
import { divisionCovers, levelOfCode, parentCode, staffCovers } from './scope';
import type { Principal } from './principal';

const streetStaff: Principal = { userId: 'u1', role: 'staff', staff: { level: 'street', divisionCode: '371002002' } };

describe('division scope', () => {
  it('lets staff see their own division and everything beneath', () => {
    expect(staffCovers(streetStaff, '371002002')).toBe(true);
    expect(staffCovers(streetStaff, '371002002005')).toBe(true);
  });
  it('refuses a sibling street, its communities and anything above', () => {
    expect(staffCovers(streetStaff, '371002003')).toBe(false);
    expect(staffCovers(streetStaff, '371002003001')).toBe(false);
    expect(staffCovers(streetStaff, '371002')).toBe(false);
    expect(staffCovers(streetStaff, '3710')).toBe(false);
  });
  it('never grants scope to non-staff, whatever code they carry', () => {
    expect(staffCovers({ userId: 'r', role: 'resident', staff: streetStaff.staff }, '371002002001')).toBe(false);
  });
  it('city staff cover every Weihai code; a community code covers only itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^3710\d{8}$/), (code) => {
        expect(divisionCovers('3710', code)).toBe(true);
        expect(divisionCovers(code, code)).toBe(true);
        expect(divisionCovers(code, code.slice(0, 9))).toBe(false);
      }),
    );
  });
  it('walks up the hierarchy', () => {
    expect(parentCode('371002002005')).toBe('371002002');
    expect(parentCode('371002002')).toBe('371002');
    expect(parentCode('371002')).toBe('3710');
    expect(parentCode('3710')).toBeUndefined();
    expect(levelOfCode('371002002005')).toBe('community');
    expect(levelOfCode('12345')).toBeUndefined();
  });
});
