import { idCheckChar } from '../profile/id-number';
import { LEDGER_COLUMNS } from './ledger-columns';
import { normaliseDate, validateRow, validateRows } from './import-rows';

const id = (first17: string) => first17 + idCheckChar(first17);
const ID_A = id('37100219680315002');
const ID_B = id('37100219750601003');
const ctx = { today: '2026-11-23', communityExists: (code: string) => code.startsWith('3710'), inScope: (code: string) => code.startsWith('371002002') };
const row = (over: Partial<Record<(typeof LEDGER_COLUMNS)[number], string>> = {}) => {
  const base = { 姓名: '王桂兰', 身份证号: ID_A, 手机号: '13906319901', 社区代码: '371002002001', 援助类别: '大龄、低保家庭', 失业登记日期: '2026/3/5', 就业状态: '待业', 状态开始日期: '2026-03-05', 就业单位: '', 备注: '', ...over };
  return LEDGER_COLUMNS.map((c) => base[c]);
};

describe('the 台账 import row check', () => {
  it('a good row becomes the 登记 body (dates normalised, categories split on 、)', () => {
    expect(validateRow(row(), 2, ctx)).toEqual({
      ok: true,
      body: {
        name: '王桂兰', idNumber: ID_A, phone: '13906319901', communityCode: '371002002001', categories: ['大龄', '低保家庭'], unemploymentRegisteredOn: '2026-03-05',
        status: '待业', statusSince: '2026-03-05', employerName: '', note: '', linkResident: true,
      },
    });
  });

  it('names the row, the column and the reason in Chinese', () => {
    expect(validateRow(row({ 身份证号: ID_A.slice(0, 17) + (ID_A[17] === '1' ? '2' : '1') }), 5, ctx)).toEqual({
      ok: false, errors: [{ row: 5, column: '身份证号', message: '身份证号校验不通过，请逐位核对' }],
    });
    expect(validateRow(row({ 援助类别: '大龄、贫困户' }), 3, ctx)).toMatchObject({ ok: false, errors: [{ row: 3, column: '援助类别', message: expect.stringContaining('「贫困户」不是援助类别') }] });
    expect(validateRow(row({ 就业状态: '上班' }), 3, ctx)).toMatchObject({ ok: false, errors: [{ column: '就业状态', message: expect.stringContaining('「上班」不是就业状态') }] });
    expect(validateRow(row({ 手机号: '1234' }), 3, ctx)).toMatchObject({ ok: false, errors: [{ column: '手机号', message: '手机号应为 11 位，以 1 开头' }] });
    expect(validateRow(row({ 状态开始日期: '2026-02-30' }), 3, ctx)).toMatchObject({ ok: false, errors: [{ column: '状态开始日期', message: '没有这一天，请核对日期' }] });
    expect(validateRow(row({ 就业状态: '已就业' }), 3, ctx)).toMatchObject({ ok: false, errors: [{ column: '就业单位', message: '「已就业」请填写就业单位' }] });
    expect(validateRow(row({ 姓名: '' }), 3, ctx)).toMatchObject({ ok: false, errors: [{ column: '姓名', message: '请填写姓名' }] });
  });

  it('a community must exist and be in the importer’s scope', () => {
    expect(validateRow(row({ 社区代码: '371003001203' }), 4, ctx)).toMatchObject({ ok: false, errors: [{ column: '社区代码', message: '这个社区不在您负责的区域内' }] });
    expect(validateRow(row({ 社区代码: '999999999999' }), 4, ctx)).toMatchObject({ ok: false, errors: [{ column: '社区代码', message: expect.stringContaining('没有代码为') }] });
  });

  it('needs a category or a 失业登记日期, and neither date may be in the future', () => {
    expect(validateRow(row({ 援助类别: '', 失业登记日期: '' }), 2, ctx)).toMatchObject({ ok: false, errors: [{ column: '援助类别', message: '请至少选择一个援助类别，或填写失业登记日期' }] });
    expect(validateRow(row({ 失业登记日期: '2026-11-24' }), 2, ctx)).toMatchObject({ ok: false, errors: [{ column: '失业登记日期', message: '失业登记日期不能晚于今天' }] });
  });

  it('collects every row’s problems, skips blank rows and flags a repeated 身份证号 with the first row', () => {
    const result = validateRows([row(), LEDGER_COLUMNS.map(() => ''), row({ 身份证号: ID_B, 手机号: 'x' }), row({ 姓名: '王桂兰二' })], ctx);
    expect(result.bodies.map((b) => b.row)).toEqual([2]);
    expect(result.errors).toEqual([
      { row: 4, column: '手机号', message: '手机号应为 11 位，以 1 开头' },
      { row: 5, column: '身份证号', message: '与第 2 行的身份证号重复' },
    ]);
  });

  it('reads the date spellings people type', () => {
    expect(normaliseDate('2026/3/5')).toBe('2026-03-05');
    expect(normaliseDate('2026.03.5')).toBe('2026-03-05');
    expect(normaliseDate('2026年3月5日')).toBe('2026-03-05');
    expect(normaliseDate('3/5/2026')).toBe('3/5/2026');
  });
});
