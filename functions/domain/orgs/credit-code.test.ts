import fc from 'fast-check';
import { creditCodeCheckChar, isValidCreditCode } from './credit-code';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it('accepts a published real code', () => {
    // 腾讯科技（深圳）有限公司, from its public business registration
    expect(isValidCreditCode('9144030071526726XG')).toBe(true);
    expect(isValidCreditCode('9144030071526726xg')).toBe(true);
  });
  it('rejects a changed check character and forbidden letters', () => {
    expect(isValidCreditCode('9144030071526726XH')).toBe(false);
    expect(isValidCreditCode('9144030071526726IO')).toBe(false);
    expect(isValidCreditCode('914403007152672')).toBe(false);
  });
  it('every generated 17-character body gets exactly one valid check character', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 }), (chars) => {
        const body = chars.join('');
        const valid = alphabet.filter((c) => isValidCreditCode(body + c));
        expect(valid).toEqual([creditCodeCheckChar(body)]);
      }),
    );
  });
});
