import fc from 'fast-check';
import { checkIdNumber, idCheckChar } from './id-number';

describe('身份证号 (GB 11643)', () => {
  it('accepts the standard’s worked example and derives the birth year', () => {
    // GB 11643-1999 附录 example: 11010519491231002X
    expect(checkIdNumber('11010519491231002X')).toEqual({ ok: true, birthYear: 1949 });
    expect(checkIdNumber('11010519491231002x')).toEqual({ ok: true, birthYear: 1949 });
  });
  it('rejects a wrong check character, an impossible date and a bad format, each for its reason', () => {
    expect(checkIdNumber('110105194912310021')).toEqual({ ok: false, problem: 'checksum' });
    expect(checkIdNumber('110105194902300021')).toEqual({ ok: false, problem: 'birthDate' });
    expect(checkIdNumber('11010519491231002')).toEqual({ ok: false, problem: 'format' });
    expect(checkIdNumber('37100220990101001' + idCheckChar('37100220990101001'), new Date('2026-11-23'))).toEqual({ ok: false, problem: 'birthDate' });
  });
  it('property: exactly one check character makes a valid number', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }), (birth, seq) => {
        const body = `371002${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
        const valid = '0123456789X'.split('').filter((c) => checkIdNumber(body + c).ok);
        expect(valid).toEqual([idCheckChar(body)]);
      }),
    );
  });
});
