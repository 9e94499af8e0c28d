import fc from 'fast-check';
import { distanceMeters } from '../divisions/geo';
import { coveringCells } from './cells';
import { nearbyFeed, type FeedCursor, type FeedRequest } from './feed';
import { matchesWhen } from './filters';
import type { Job } from './job';
import ngeohash from 'ngeohash';

const NOW = Date.parse('2026-11-23T02:00:00Z'); // Monday 10:00 in Weihai
const centre = { lat: 37.5, lng: 122.12 };

function job(id: string, lat: number, lng: number, extra: Partial<Job> = {}): Job {
  return {
    id, title: `岗位${id}`, type: '零工', payAmount: 200, payUnit: '元/天', orgName: '单位', orgVerified: true,
    startsAt: '2026-11-24T01:00:00Z', endsAt: '2026-11-24T09:00:00Z', headcount: 3, headcountLeft: 3, tags: [], skills: [],
    communityCode: '371002002001', lat, lng, description: '', createdAt: `2026-11-2${id.length % 3}T00:00:00Z`, status: 'open', ...extra,
  };
}

/** An in-memory table: a cell's jobs, cut at the read limit as a DynamoDB Query with Limit would be. */
function loaderFor(jobs: Job[]) {
  let calls = 0;
  let itemsRead = 0;
  const load = async (cell: string, readLimit: number) => {
    calls++;
    const inCell = jobs.filter((j) => ngeohash.encode(j.lat, j.lng, cell.length) === cell);
    itemsRead += Math.min(inCell.length, readLimit);
    return { jobs: inCell.slice(0, readLimit), complete: inCell.length <= readLimit };
  };
  return { load, calls: () => calls, itemsRead: () => itemsRead };
}

const scatter = (n: number, seed: number, spreadDeg = 0.03) => {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, (_, i) => job(`j${String(i).padStart(4, '0')}`, centre.lat + (rand() - 0.5) * spreadDeg, centre.lng + (rand() - 0.5) * spreadDeg * 1.25));
};

async function allPages(request: Omit<FeedRequest, 'cursor'>, jobs: Job[]) {
  const { load } = loaderFor(jobs);
  const seen: string[] = [];
  let cursor: FeedCursor | undefined;
  for (let page = 0; page < 200; page++) {
    const result = await nearbyFeed({ ...request, cursor }, load);
    seen.push(...result.items.map((i) => i.job.id));
    if (!result.next) return seen;
    cursor = result.next;
  }
  throw new Error('did not finish');
}

describe('nearby feed', () => {
  const base = { centre, radiusMeters: 1200, filters: {}, sort: 'distance' as const, limit: 20, now: NOW };

  it('a job just inside the 1,200 m urban circle is shown, one just outside is not', async () => {
    const inside = job('in', centre.lat + 1190 / 111_320, centre.lng);
    const outside = job('out', centre.lat + 1215 / 111_320, centre.lng);
    expect(distanceMeters(centre, inside)).toBeLessThan(1200);
    expect(distanceMeters(centre, outside)).toBeGreaterThan(1200);
    const { items } = await nearbyFeed(base, loaderFor([inside, outside]).load);
    expect(items.map((i) => i.job.id)).toEqual(['in']);
  });

  it('the rural 5 km circle: 4,990 m in, 5,020 m out', async () => {
    const inside = job('in', centre.lat, centre.lng + 4990 / (111_320 * Math.cos((centre.lat * Math.PI) / 180)));
    const outside = job('out', centre.lat - 5020 / 111_320, centre.lng);
    const { items } = await nearbyFeed({ ...base, radiusMeters: 5000 }, loaderFor([inside, outside]).load);
    expect(items.map((i) => i.job.id)).toEqual(['in']);
  });

  it('pages through a few hundred jobs: every match exactly once, in distance order', async () => {
    const jobs = scatter(400, 7);
    const expected = jobs
      .map((j) => ({ id: j.id, d: Math.round(distanceMeters(centre, j) * 1000) / 1000 }))
      .filter((j) => j.d <= 1200)
      .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
      .map((j) => j.id);
    expect(expected.length).toBeGreaterThan(100);
    expect(await allPages({ ...base, limit: 7 }, jobs)).toEqual(expected);
  });

  it('pages in newest order too, with no duplicates or misses', async () => {
    const jobs = scatter(300, 11).map((j, i) => ({ ...j, createdAt: new Date(NOW - (i % 37) * 3600_000).toISOString() }));
    const seen = await allPages({ ...base, sort: 'newest', limit: 9 }, jobs);
    const expected = jobs.filter((j) => distanceMeters(centre, j) <= 1200);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(expected.map((j) => j.id).sort());
  });

  it('property: any limit and layout gives the same set as a brute-force filter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 150 }), async (limit, seed, n) => {
        const jobs = scatter(n, seed, 0.05);
        const seen = await allPages({ ...base, limit }, jobs);
        const expected = jobs.filter((j) => Math.round(distanceMeters(centre, j) * 1000) / 1000 <= 1200).map((j) => j.id);
        expect([...seen].sort()).toEqual(expected.sort());
        expect(new Set(seen).size).toBe(seen.length);
      }),
      { numRuns: 40 },
    );
  });

  it('never shows closed, ended or full jobs', async () => {
    const jobs = [
      job('open', centre.lat, centre.lng),
      job('closed', centre.lat, centre.lng, { status: 'closed' }),
      job('ended', centre.lat, centre.lng, { endsAt: '2026-11-23T01:59:00Z' }),
      job('full', centre.lat, centre.lng, { headcountLeft: 0 }),
    ];
    const { items } = await nearbyFeed(base, loaderFor(jobs).load);
    expect(items.map((i) => i.job.id)).toEqual(['open']);
  });

  it('stops reading cells once the first page is certain', async () => {
    const dense = scatter(2000, 3, 0.01);
    const loader = loaderFor(dense);
    await nearbyFeed({ ...base, limit: 10 }, loader.load);
    expect(loader.calls()).toBeLessThan(coveringCells(centre, 1200).length * 32);
  });

  it('reads about the same number of items for a page whether the area holds 300 or 15,000 jobs', async () => {
    const itemsFor = async (n: number) => {
      const loader = loaderFor(scatter(n, 5, 0.03));
      const page = await nearbyFeed({ ...base, limit: 20 }, loader.load);
      expect(page.items).toHaveLength(20);
      return loader.itemsRead();
    };
    const sparse = await itemsFor(300);
    const dense = await itemsFor(15_000);
    expect(dense).toBeLessThan(sparse * 4);
    expect(dense).toBeLessThan(1000);
  });

  it('remembers dense cells: a second page request reads fewer items, with the same answer', async () => {
    const jobs = scatter(15_000, 5, 0.03);
    const memory = new Set<string>();
    const first = loaderFor(jobs);
    const cold = await nearbyFeed({ ...base, limit: 20 }, first.load, memory);
    const second = loaderFor(jobs);
    const warm = await nearbyFeed({ ...base, limit: 20 }, second.load, memory);
    expect(memory.size).toBeGreaterThan(0);
    expect(warm.items.map((i) => i.job.id)).toEqual(cold.items.map((i) => i.job.id));
    expect(second.itemsRead()).toBeLessThan(first.itemsRead());
  });

  it('splits dense cells and still returns every job once, in order', async () => {
    const crowded = [...scatter(600, 9, 0.002), ...scatter(200, 10, 0.03)];
    const seen = await allPages({ ...base, limit: 17 }, crowded);
    const expected = crowded
      .map((j) => ({ id: j.id, d: Math.round(distanceMeters(centre, j) * 1000) / 1000 }))
      .filter((j) => j.d <= 1200)
      .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
      .map((j) => j.id);
    expect(seen).toEqual(expected);
  });

  it('filters by type, tags, minimum daily pay and keyword', async () => {
    const jobs = [
      job('a', centre.lat, centre.lng, { type: '兼职', tags: ['大龄友好', '无经验可'], payAmount: 30, payUnit: '元/小时', title: '超市理货' }),
      job('b', centre.lat, centre.lng, { type: '零工', tags: ['大龄友好'], payAmount: 150, payUnit: '元/天' }),
      job('c', centre.lat, centre.lng, { type: '社区微工厂', payAmount: 2, payUnit: '元/件' }),
      job('d', centre.lat, centre.lng, { type: '全职', payAmount: 4350, payUnit: '元/月' }),
    ];
    const ids = async (filters: FeedRequest['filters']) => (await nearbyFeed({ ...base, filters }, loaderFor(jobs).load)).items.map((i) => i.job.id).sort();
    expect(await ids({ types: ['兼职', '零工'] })).toEqual(['a', 'b']);
    expect(await ids({ tags: ['大龄友好', '无经验可'] })).toEqual(['a']);
    expect(await ids({ minPay: 200 })).toEqual(['a', 'd']); // 30×8 = 240/天, 4350/21.75 = 200/天; piece rates drop out
    expect(await ids({ minPay: 201 })).toEqual(['a']);
    expect(await ids({ q: '理货' })).toEqual(['a']);
  });
});

describe('when filters (Weihai local time)', () => {
  const shift = (startsAt: string, hours = 4) => ({ startsAt, endsAt: new Date(Date.parse(startsAt) + hours * 3600_000).toISOString() });
  it('today, evening and weekend follow UTC+8', () => {
    expect(matchesWhen(shift('2026-11-23T08:00:00Z'), 'today', NOW)).toBe(true); // 16:00 Monday
    expect(matchesWhen(shift('2026-11-23T16:30:00Z'), 'today', NOW)).toBe(false); // 00:30 Tuesday
    expect(matchesWhen(shift('2026-11-23T09:00:00Z'), 'evening', NOW)).toBe(true); // 17:00
    expect(matchesWhen(shift('2026-11-23T08:59:00Z'), 'evening', NOW)).toBe(false); // 16:59
    expect(matchesWhen(shift('2026-11-28T00:00:00Z'), 'weekend', NOW)).toBe(true); // Saturday 08:00
    expect(matchesWhen(shift('2026-11-27T15:59:00Z'), 'weekend', NOW)).toBe(false); // Friday 23:59
    expect(matchesWhen(shift('2026-11-29T15:59:00Z'), 'weekend', NOW)).toBe(true); // Sunday 23:59
  });
  it('long-term posts are not shifts and drop out of time filters', () => {
    expect(matchesWhen({ startsAt: '2026-11-28T00:00:00Z', endsAt: '2027-05-28T00:00:00Z' }, 'weekend', NOW)).toBe(false);
  });
});
