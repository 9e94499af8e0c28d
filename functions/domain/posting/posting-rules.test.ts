import { PostingBodySchema } from '@contract';
import { postingProblem, requirementLines } from './posting-rules';
import { postingTimes } from './posting-times';

const NOW = Date.parse('2026-11-23T02:00:00Z'); // 10:00 in Weihai

const posting = (overrides: Record<string, unknown> = {}) =>
  PostingBodySchema.parse({
    title: '小区保洁', type: '零工', payAmount: 25, payUnit: '元/小时',
    schedule: { kind: 'once', date: '2026-11-25', startTime: '09:00', endTime: '12:00' },
    headcount: 3, description: '小区公共区域日常保洁，工具由单位提供。', address: '东山社区南门', communityCode: '371002002001',
    ...overrides,
  });

const problemOf = (p = posting()) => postingProblem(p, postingTimes(p.schedule), NOW);

describe('posting rules', () => {
  it('accepts a fair posting', () => {
    expect(problemOf()).toBeUndefined();
  });

  it.each(['押金', '培训费', '服装费', '体检费自理', '先交钱', '加微信'])('refuses 「%s」 in the description, even in a draft', (term) => {
    for (const publish of [true, false]) {
      const problem = problemOf(posting({ description: `上岗前需要${term}，详情面谈，工作轻松。`, publish }));
      expect(problem).toMatchObject({ code: 'POSTING_REJECTED' });
    }
  });

  it('looks at the title, requirements and address too', () => {
    expect(problemOf(posting({ title: '保洁（收押金）' }))?.code).toBe('POSTING_REJECTED');
    expect(problemOf(posting({ requirements: ['先交费后上岗'] }))?.code).toBe('POSTING_REJECTED');
    expect(problemOf(posting({ address: '联系电话 13906311234' }))?.code).toBe('POSTING_REJECTED');
  });

  it('publishing checks the minimum wage; a draft may be unfinished', () => {
    expect(problemOf(posting({ payAmount: 15 }))).toMatchObject({ code: 'PAY_BELOW_MINIMUM' });
    expect(problemOf(posting({ payAmount: 15, publish: false }))).toBeUndefined();
  });

  it('publishing needs a shift that has not started; a weekly schedule needs days left', () => {
    expect(problemOf(posting({ schedule: { kind: 'once', date: '2026-11-23', startTime: '09:00', endTime: '12:00' } }))).toEqual({ code: 'SHIFT_IN_PAST' });
    expect(problemOf(posting({ schedule: { kind: 'recurring', weekdays: [1], fromDate: '2026-11-01', toDate: '2026-11-30', startTime: '09:00', endTime: '12:00' } }))).toBeUndefined();
  });

  it('writes the age range and 无需经验 as requirement lines', () => {
    expect(requirementLines({ ageMin: 18, ageMax: 60, tags: ['无经验可'], requirements: ['能吃苦'] })).toEqual(['年龄 18-60 周岁', '无需经验', '能吃苦']);
    expect(requirementLines({ ageMin: null, ageMax: 55, tags: [], requirements: [] })).toEqual(['年龄 55 周岁以下']);
  });
});
