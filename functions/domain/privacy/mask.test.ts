import { maskIdNumber, maskPhone } from './mask';

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('never reveals a short or unusual value', () => {
    expect(maskPhone('123')).toBe('***');
    expect(maskPhone('0631-5201234')).toBe('********1234');
  });
});

describe('maskIdNumber', () => {
  it('shows region and last four of an 18-character 身份证号', () => {
    expect(maskIdNumber('37100219900101123X')).toBe('3710**********123X');
  });
});
