import fc from 'fast-check';
import { SKILLS } from '@contract';
import { ADJACENT_OCCUPATIONS } from './adjacent-occupations';
import { recommend, type Candidate, type ResidentFacts } from './recommend';
import { DEFAULT_MATCH_WEIGHTS } from './weights';

// Tuesday 2025-06-10 10:00 in Weihai (UTC+8).
const NOW = new Date('2025-06-10T02:00:00Z');
const DAY = 86_400_000;

let seq = 0;
function job(overrides: Partial<Candidate> = {}): Candidate {
  seq++;
  return {
    id: `job-${String(seq).padStart(3, '0')}`,
    title: '岗位',
    type: '零工',
    tags: [],
    skills: [],
    payAmount: 150,
    payUnit: '元/天',
    startsAt: '2025-06-11T01:00:00Z', // Wednesday 09:00 local
    endsAt: '2025-06-11T09:00:00Z',
    createdAt: '2025-06-01T00:00:00Z',
    distanceMeters: 500,
    headcountLeft: 2,
    orgVerified: false,
    ...overrides,
  };
}

function resident(overrides: Partial<ResidentFacts> = {}): ResidentFacts {
  return { skills: [], availability: [], intentions: [], assistedCategories: [], birthYear: null, circleRadiusMeters: 1200, now: NOW, ...overrides };
}

const ids = (r: ReturnType<typeof recommend>) => r.items.map((i) => i.candidate.id);

/** A varied, fixed set of jobs for order tests. */
function mixedJobs(): Candidate[] {
  const types = ['零工', '全职', '兼职', '公益性岗位', '社区微工厂', '居家就业'] as const;
  const tagSets = [[], ['无经验可'], ['大龄友好'], ['残疾人友好', '社区微工厂'], ['公益性岗位'], ['无经验可', '大龄友好']] as const;
  const out: Candidate[] = [];
  for (let i = 0; i < 60; i++) {
    out.push(
      job({
        id: `m-${String(i).padStart(2, '0')}`,
        type: types[i % types.length]!,
        tags: [...tagSets[(i * 7) % tagSets.length]!],
        skills: [SKILLS[i % SKILLS.length]!, SKILLS[(i * 3) % SKILLS.length]!],
        distanceMeters: (i * 137) % 3000, // several equal distances → ties decided by id
        orgVerified: i % 4 === 0,
        startsAt: new Date(NOW.getTime() + (i % 9) * 7 * 3_600_000).toISOString(),
        endsAt: new Date(NOW.getTime() + 30 * DAY).toISOString(),
        createdAt: new Date(NOW.getTime() - (i % 5) * DAY).toISOString(),
      }),
    );
  }
  // Exact duplicates in score and distance, different ids.
  out.push(job({ id: 'tie-b', distanceMeters: 100 }), job({ id: 'tie-a', distanceMeters: 100 }));
  return out;
}

describe('recommend — determinism', () => {
  const who = resident({ skills: ['保洁', '烹饪'], availability: ['weekday', 'evening'], intentions: ['兼职'], assistedCategories: ['低保家庭'], birthYear: 1970 });

  it('gives the same order and scores when called twice', () => {
    const jobs = mixedJobs();
    const a = recommend(who, jobs, { limit: 20 });
    const b = recommend(who, jobs, { limit: 20 });
    expect(b).toEqual(a);
    expect(a.items).toHaveLength(20);
  });

  it('gives the same order for any shuffle of the input', () => {
    const jobs = mixedJobs();
    const expected = ids(recommend(who, jobs, { limit: 25 }));
    fc.assert(
      fc.property(fc.shuffledSubarray(jobs, { minLength: jobs.length, maxLength: jobs.length }), (shuffled) => {
        expect(ids(recommend(who, shuffled, { limit: 25 }))).toEqual(expected);
      }),
      { seed: 20250610, numRuns: 100 },
    );
  });

  it('breaks exact ties by distance, then id', () => {
    const r = recommend(resident(), [job({ id: 'b', distanceMeters: 300 }), job({ id: 'c', distanceMeters: 200 }), job({ id: 'a', distanceMeters: 300 })]);
    expect(ids(r)).toEqual(['c', 'a', 'b']);
    // With distance worth nothing, scores are equal and distance alone decides.
    const flat = { ...DEFAULT_MATCH_WEIGHTS, distanceAtDoor: 0, distanceAtCircleEdge: 0 };
    const tied = recommend(resident(), [job({ id: 'a', distanceMeters: 900 }), job({ id: 'c', distanceMeters: 5000 }), job({ id: 'b', distanceMeters: 100 })], { weights: flat });
    expect(tied.items.map((i) => i.score)).toEqual([tied.items[0]!.score, tied.items[0]!.score, tied.items[0]!.score]);
    expect(ids(tied)).toEqual(['b', 'a', 'c']);
  });

  it('returns the same top-k as a full sort of all scores', () => {
    const jobs = mixedJobs();
    const all = recommend(who, jobs, { limit: 50 }).items;
    for (let i = 1; i < all.length; i++) {
      const [p, q] = [all[i - 1]!, all[i]!];
      expect(p.score > q.score || (p.score === q.score && (p.candidate.distanceMeters < q.candidate.distanceMeters || (p.candidate.distanceMeters === q.candidate.distanceMeters && p.candidate.id < q.candidate.id)))).toBe(true);
    }
    expect(ids(recommend(who, jobs, { limit: 7 }))).toEqual(all.slice(0, 7).map((i) => i.candidate.id));
  });
});

describe('recommend — reasons', () => {
  it('gives every item at least one reason, in Chinese, most important first', () => {
    const who = resident({ skills: ['保洁', '家政'], availability: ['evening'], intentions: ['兼职'], assistedCategories: ['大龄'] });
    const r = recommend(who, mixedJobs(), { limit: 50 });
    expect(r.items.length).toBeGreaterThan(0);
    for (const item of r.items) {
      expect(item.reasons.length).toBeGreaterThanOrEqual(1);
      for (const reason of item.reasons) expect(reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('words distance as a walk up to 2 km and in kilometres beyond', () => {
    const r = recommend(resident(), [job({ id: 'near', distanceMeters: 640 }), job({ id: 'far', distanceMeters: 3240 })]);
    expect(r.items[0]!.reasons).toContain('步行 8 分钟');
    expect(r.items[1]!.reasons).toContain('距离 3.2 公里');
  });

  it('explains each matching rule', () => {
    const who = resident({ skills: ['保洁', '家政'], availability: ['evening', 'weekend'], intentions: ['兼职'], assistedCategories: ['大龄', '残疾'] });
    const j = job({
      type: '兼职',
      tags: ['大龄友好', '残疾人友好'],
      skills: ['家政', '保洁', '保洁'],
      orgVerified: true,
      startsAt: '2025-06-14T10:00:00Z', // Saturday 18:00 local
      createdAt: new Date(NOW.getTime() - 3_600_000).toISOString(),
    });
    const [item] = recommend(who, [j]).items;
    expect(item!.reasons).toEqual(
      expect.arrayContaining(['匹配技能：家政、保洁', '适合大龄', '残疾人友好', '符合求职意向：兼职', '周末晚上可做', '认证单位', '新发布', '步行 6 分钟']),
    );
    // Distance at 500 m in a 1,200 m circle is worth more than two skills; skills more than a tag bonus.
    expect(item!.reasons[0]).toBe('步行 6 分钟');
    expect(item!.reasons[1]).toBe('匹配技能：家政、保洁');
  });

  it('says 晚上可做 for a job starting at 17:00 local and 周末可做 for a Sunday daytime job', () => {
    const evening = job({ id: 'eve', startsAt: '2025-06-11T09:00:00Z' }); // Wed 17:00 local
    const sunday = job({ id: 'sun', startsAt: '2025-06-15T01:00:00Z' }); // Sun 09:00 local
    const [e] = recommend(resident({ availability: ['evening'] }), [evening]).items;
    const [s] = recommend(resident({ availability: ['weekend'] }), [sunday]).items;
    expect(e!.reasons).toContain('晚上可做');
    expect(s!.reasons).toContain('周末可做');
    const [d] = recommend(resident({ availability: ['weekday'] }), [job({ startsAt: '2025-06-11T08:59:00Z' })]).items; // Wed 16:59 local
    expect(d!.reasons).toContain('工作日白天可做');
  });
});

describe('recommend — scoring rules', () => {
  it('ranks a skill match above a non-match at equal distance', () => {
    const match = job({ id: 'z-match', skills: ['保洁'] });
    const other = job({ id: 'a-other', skills: ['驾驶'] });
    const r = recommend(resident({ skills: ['保洁'] }), [other, match]);
    expect(ids(r)).toEqual(['z-match', 'a-other']);
    expect(r.items[0]!.reasons).toContain('匹配技能：保洁');
  });

  it('ranks closer above farther, and decays beyond the service circle', () => {
    const r = recommend(resident(), [job({ id: 'c', distanceMeters: 3000 }), job({ id: 'a', distanceMeters: 100 }), job({ id: 'b', distanceMeters: 1100 })]);
    expect(ids(r)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = r.items.map((i) => i.score);
    expect(a! - b!).toBeLessThan(b! - c!); // the drop outside the circle is steeper than inside it
  });

  it('puts 公益性岗位 first for an assisted resident but not for others', () => {
    const welfare = job({ id: 'z-welfare', type: '公益性岗位', distanceMeters: 900 });
    const near = job({ id: 'a-near', distanceMeters: 200 });
    const assisted = recommend(resident({ assistedCategories: ['零就业家庭'] }), [near, welfare]);
    expect(ids(assisted)).toEqual(['z-welfare', 'a-near']);
    expect(assisted.items[0]!.reasons[0]).toBe('公益性岗位优先安置');
    const other = recommend(resident(), [near, welfare]);
    expect(ids(other)).toEqual(['a-near', 'z-welfare']);
    expect(other.items.flatMap((i) => i.reasons)).not.toContain('公益性岗位优先安置');
  });

  it('treats a job tagged 公益性岗位 like the type', () => {
    const [item] = recommend(resident({ assistedCategories: ['长期失业'] }), [job({ type: '全职', tags: ['公益性岗位'] })]).items;
    expect(item!.reasons).toContain('公益性岗位优先安置');
  });

  it('applies the 大龄 rule from age 50 exactly (birth year in 2025: 1975 yes, 1976 no)', () => {
    const friendly = job({ id: 'z-friendly', tags: ['大龄友好'], distanceMeters: 600 });
    const near = job({ id: 'a-near', distanceMeters: 300 });
    const at50 = recommend(resident({ birthYear: 1975 }), [near, friendly]);
    const at49 = recommend(resident({ birthYear: 1976 }), [near, friendly]);
    expect(ids(at50)).toEqual(['z-friendly', 'a-near']);
    expect(at50.items[0]!.reasons).toContain('适合大龄');
    expect(ids(at49)).toEqual(['a-near', 'z-friendly']);
    expect(at49.items.flatMap((i) => i.reasons)).not.toContain('适合大龄');
    // The 大龄 category counts without a birth year.
    expect(recommend(resident({ assistedCategories: ['大龄'] }), [friendly]).items[0]!.reasons).toContain('适合大龄');
  });

  it('uses the local (UTC+8) year for age: late 31 Dec UTC is already the new year in Weihai', () => {
    const friendly = job({ tags: ['大龄友好'], endsAt: '2026-02-01T00:00:00Z' });
    const now = new Date('2025-12-31T17:00:00Z'); // 2026-01-01 01:00 local
    expect(recommend(resident({ birthYear: 1976, now }), [friendly]).items[0]!.reasons).toContain('适合大龄');
  });

  it('gives 残疾人友好 jobs priority only to residents in the 残疾 category', () => {
    const friendly = job({ id: 'z', tags: ['残疾人友好'], distanceMeters: 600 });
    const near = job({ id: 'a', distanceMeters: 300 });
    expect(ids(recommend(resident({ assistedCategories: ['残疾'] }), [near, friendly]))).toEqual(['z', 'a']);
    expect(ids(recommend(resident(), [near, friendly]))).toEqual(['a', 'z']);
  });

  it('prefers jobs of the intended type, and at the resident’s available times', () => {
    const partTime = job({ id: 'z', type: '兼职', distanceMeters: 600 });
    const fullTime = job({ id: 'a', type: '全职', distanceMeters: 300 });
    const r = recommend(resident({ intentions: ['兼职'] }), [fullTime, partTime]);
    expect(ids(r)).toEqual(['z', 'a']);
    expect(r.items[0]!.reasons).toContain('符合求职意向：兼职');

    const evening = job({ id: 'z-eve', startsAt: '2025-06-11T11:00:00Z', distanceMeters: 600 }); // Wed 19:00 local
    const daytime = job({ id: 'a-day', distanceMeters: 300 });
    expect(ids(recommend(resident({ availability: ['evening'] }), [daytime, evening]))).toEqual(['z-eve', 'a-day']);
    expect(ids(recommend(resident({ availability: ['weekday'] }), [daytime, evening]))).toEqual(['a-day', 'z-eve']);
  });

  it('leaves out full and ended jobs', () => {
    const open = job({ id: 'open' });
    const full = job({ id: 'full', headcountLeft: 0 });
    const ended = job({ id: 'ended', endsAt: '2025-06-10T01:00:00Z' });
    const endsNow = job({ id: 'ends-now', endsAt: NOW.toISOString() });
    const unreadable = job({ id: 'bad-end', endsAt: 'soon' });
    expect(ids(recommend(resident(), [full, ended, open, endsNow, unreadable]))).toEqual(['open']);
  });

  it('gives a resident with no facts nearest-first results, 无需经验 and verified jobs ahead at similar distance', () => {
    const jobs = [
      job({ id: 'd', distanceMeters: 1000 }),
      job({ id: 'b', distanceMeters: 400, tags: ['无经验可'] }),
      job({ id: 'a', distanceMeters: 200 }),
      job({ id: 'c', distanceMeters: 700 }),
      job({ id: 'e', distanceMeters: 480 }),
      job({ id: 'f', distanceMeters: 450, orgVerified: true }),
    ];
    const r = recommend(resident(), jobs);
    expect(ids(r)).toEqual(['b', 'f', 'a', 'e', 'c', 'd']); // f: verified (+5) outweighs 250 m
    expect(r.items[0]!.reasons).toContain('无需经验');
    expect(r.items.find((i) => i.candidate.id === 'f')!.reasons).toContain('认证单位');
    expect(r.adjacentOccupations).toEqual([]);
  });

  it('does not add 无需经验 when the resident’s skills already match the job', () => {
    const [item] = recommend(resident({ skills: ['保洁'] }), [job({ skills: ['保洁'], tags: ['无经验可'] })]).items;
    expect(item!.reasons).not.toContain('无需经验');
  });

  it('prefers fresher posts at equal distance', () => {
    const older = job({ id: 'a-old', createdAt: new Date(NOW.getTime() - 10 * DAY).toISOString() });
    const newer = job({ id: 'z-new', createdAt: new Date(NOW.getTime() - DAY).toISOString() });
    expect(ids(recommend(resident(), [older, newer]))).toEqual(['z-new', 'a-old']);
  });
});

describe('recommend — adjacent occupations', () => {
  it('suggests occupations for the resident’s skills when direct matches are few', () => {
    const r = recommend(resident({ skills: ['保洁', '烹饪', '保洁'] }), [job({ skills: ['保洁'] }), job({ skills: ['驾驶'] }), job()]);
    expect(r.adjacentOccupations.map((a) => a.occupation)).toEqual([
      ...ADJACENT_OCCUPATIONS.保洁.map((a) => a.occupation),
      ...ADJACENT_OCCUPATIONS.烹饪.map((a) => a.occupation),
    ]);
    for (const a of r.adjacentOccupations) expect(a.because.length).toBeGreaterThan(0);
  });

  it('gives at most 5, without repeats', () => {
    const r = recommend(resident({ skills: ['电脑办公', '直播销售', '烹饪', '保洁'] }), []);
    const names = r.adjacentOccupations.map((a) => a.occupation);
    expect(names).toHaveLength(5);
    expect(new Set(names).size).toBe(5);
  });

  it('gives none when three or more returned items match directly', () => {
    const jobs = [job({ skills: ['保洁'] }), job({ skills: ['保洁', '家政'] }), job({ skills: ['家政'] }), job()];
    expect(recommend(resident({ skills: ['保洁', '家政'] }), jobs).adjacentOccupations).toEqual([]);
  });

  it('gives none when the resident has no skills', () => {
    expect(recommend(resident(), [job()]).adjacentOccupations).toEqual([]);
  });

  it('has 1–3 entries for every skill on the list', () => {
    for (const skill of SKILLS) {
      expect(ADJACENT_OCCUPATIONS[skill].length).toBeGreaterThanOrEqual(1);
      expect(ADJACENT_OCCUPATIONS[skill].length).toBeLessThanOrEqual(3);
    }
  });
});

describe('recommend — weights and limit', () => {
  it('honours the weights: a bigger verified weight lifts the verified job, zero skill weight drops the match', () => {
    const verifiedFar = job({ id: 'z-verified', orgVerified: true, distanceMeters: 1000 });
    const near = job({ id: 'a-near', distanceMeters: 200 });
    expect(ids(recommend(resident(), [near, verifiedFar]))).toEqual(['a-near', 'z-verified']);
    expect(ids(recommend(resident(), [near, verifiedFar], { weights: { ...DEFAULT_MATCH_WEIGHTS, verifiedEmployer: 50 } }))).toEqual(['z-verified', 'a-near']);

    const skilled = job({ id: 'z-skill', skills: ['保洁'], distanceMeters: 700 });
    const who = resident({ skills: ['保洁'] });
    expect(ids(recommend(who, [near, skilled]))).toEqual(['z-skill', 'a-near']);
    const noSkillWeight = recommend(who, [near, skilled], { weights: { ...DEFAULT_MATCH_WEIGHTS, skillPerMatch: 0 } });
    expect(ids(noSkillWeight)).toEqual(['a-near', 'z-skill']);
    expect(noSkillWeight.items[1]!.reasons.some((r) => r.startsWith('匹配技能'))).toBe(false);
  });

  it('honours the 大龄 age line and the headcount threshold from the weights', () => {
    const friendly = job({ tags: ['大龄友好'] });
    expect(recommend(resident({ birthYear: 1980 }), [friendly], { weights: { ...DEFAULT_MATCH_WEIGHTS, elderlyAgeYears: 45 } }).items[0]!.reasons).toContain('适合大龄');
    expect(recommend(resident(), [job({ headcountLeft: 1 })], { weights: { ...DEFAULT_MATCH_WEIGHTS, minHeadcountLeft: 2 } }).items).toEqual([]);
  });

  it('returns 10 by default, respects limit, and caps it', () => {
    const jobs = mixedJobs();
    expect(recommend(resident(), jobs).items).toHaveLength(10);
    expect(recommend(resident(), jobs, { limit: 3 }).items).toHaveLength(3);
    expect(recommend(resident(), jobs, { limit: 0 }).items).toEqual([]);
    expect(recommend(resident(), jobs, { limit: 1000 }).items).toHaveLength(50);
  });
});
