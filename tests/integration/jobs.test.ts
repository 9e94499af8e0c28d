import { handler as nearbyJobs } from '../../functions/handlers/jobs/nearby-jobs';
import { handler as getJob } from '../../functions/handlers/jobs/get-job';
import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { distanceMeters } from '../../functions/domain/divisions/geo';
import { offset, putJob } from './fixtures';
import { invoke } from './invoke';

const login = async (persona: string) => (await invoke(devLogin, { body: { persona } })).body.token as string;
const at = (p: { lat: number; lng: number }, more: Record<string, string> = {}) => ({ lat: String(p.lat), lng: String(p.lng), ...more });

// Empty countryside west of 乳山 with no seeded jobs, so each test controls what is near.
const FIELD_A = { lat: 36.99, lng: 121.02 };
const FIELD_B = { lat: 36.93, lng: 121.08 };
const FIELD_C = { lat: 36.87, lng: 121.02 };

describe('GET /jobs/nearby', () => {
  it('shows a resident the open jobs in their 15-minute circle, nearest first, with walk minutes', async () => {
    const { status, body } = await invoke(nearbyJobs, { token: await login('resident-zhang') });
    expect(status).toBe(200);
    expect(body).toMatchObject({ centre: { source: 'home' }, radiusMeters: 1200, circleLabel: '步行 15 分钟' });
    expect(body.items.length).toBeGreaterThan(0);
    const distances = body.items.map((j: { distanceMeters: number }) => j.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const job of body.items) {
      expect(job.distanceMeters).toBeLessThanOrEqual(1200);
      expect(job.walkMinutes).toBe(Math.max(1, Math.round(job.distanceMeters / 80)));
    }
  });

  it('urban circle boundary: 1,190 m is in, 1,215 m is out', async () => {
    await putJob('edge-in', offset(FIELD_A, 1190));
    await putJob('edge-out', offset(FIELD_A, 0, 1215));
    const { body } = await invoke(nearbyJobs, { query: at(FIELD_A) });
    expect(body.items.map((j: { id: string }) => j.id)).toEqual(['edge-in']);
  });

  it('rural 5 km circle boundary: 4,990 m is in, 5,020 m is out; a villager’s default circle is 5 km', async () => {
    await putJob('rural-in', offset(FIELD_B, -4990));
    await putJob('rural-out', offset(FIELD_B, 0, 5020));
    const { body } = await invoke(nearbyJobs, { query: at(FIELD_B, { radius: '5000' }) });
    expect(body.items.map((j: { id: string }) => j.id)).toEqual(['rural-in']);
    const villager = await invoke(nearbyJobs, { token: await login('resident-li') });
    expect(villager.body).toMatchObject({ radiusMeters: 5000, circleLabel: '5 公里' });
  });

  it('never shows closed, ended or fully booked jobs', async () => {
    const here = offset(FIELD_C, 100);
    await putJob('c-open', here);
    await putJob('c-closed', here, { status: 'closed' });
    await putJob('c-ended', here, { startsAt: new Date(Date.now() - 5 * 3600_000).toISOString(), endsAt: new Date(Date.now() - 60_000).toISOString() });
    await putJob('c-full', here, { headcountLeft: 0 });
    const { body } = await invoke(nearbyJobs, { query: at(FIELD_C) });
    expect(body.items.map((j: { id: string }) => j.id)).toEqual(['c-open']);
  });

  it('pages through 300 jobs: each exactly once, in distance order, in both sorts', async () => {
    const centre = { lat: 36.81, lng: 121.1 };
    const placed = [];
    for (let i = 0; i < 300; i++) {
      const angle = (i * 137.508 * Math.PI) / 180;
      const r = 40 + (i * 1150) / 300;
      placed.push(putJob(`page-${String(i).padStart(3, '0')}`, offset(centre, r * Math.cos(angle), r * Math.sin(angle)), { createdAt: new Date(Date.now() - i * 60_000).toISOString() }));
    }
    const jobs = await Promise.all(placed);
    const expected = jobs
      .map((j) => ({ id: j.id, d: distanceMeters(centre, j) }))
      .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
      .map((j) => j.id);
    for (const sort of ['distance', 'newest']) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const { status, body } = await invoke(nearbyJobs, { query: at(centre, { limit: '23', sort, ...(cursor ? { cursor } : {}) }) });
        expect(status).toBe(200);
        seen.push(...body.items.map((j: { id: string }) => j.id));
        cursor = body.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      if (sort === 'distance') expect(seen).toEqual(expected);
      else expect(seen).toEqual(jobs.map((j) => j.id)); // created one minute apart, newest first
    }
  }, 60_000);

  it('filters by type, tags, 周末 and keyword', async () => {
    const token = await login('resident-zhang');
    const weekend = await invoke(nearbyJobs, { token, query: { when: 'weekend', radius: '5000' } });
    expect(weekend.status).toBe(200);
    for (const job of weekend.body.items) {
      const day = new Date(Date.parse(job.startsAt) + 8 * 3600_000).getUTCDay();
      expect([0, 6]).toContain(day);
    }
    const typed = await invoke(nearbyJobs, { token, query: { type: '兼职,公益性岗位', tags: '大龄友好', radius: '5000' } });
    expect(typed.body.items.length).toBeGreaterThan(0);
    for (const job of typed.body.items) {
      expect(['兼职', '公益性岗位']).toContain(job.type);
      expect(job.tags).toContain('大龄友好');
    }
    // The keyword is looked for in the title, the employer's name and the description (other tests post jobs too).
    const keyword = await invoke(nearbyJobs, { token, query: { q: '保洁', radius: '5000' } });
    expect(keyword.body.items.length).toBeGreaterThan(0);
    for (const card of keyword.body.items as { id: string }[]) {
      const { body: job } = await invoke(getJob, { params: { jobId: card.id } });
      expect(`${job.title} ${job.orgName} ${job.description}`).toContain('保洁');
    }
  });

  it('answers bad input with 400 and a Chinese message', async () => {
    const cases: Record<string, string>[] = [
      { lat: '37.5' },
      { lat: '37.5', lng: '122.1', radius: '9000' },
      { lat: '37.5', lng: '122.1', type: '保姆' },
      { lat: '37.5', lng: '122.1', cursor: 'bm90LWEtY3Vyc29y' },
      { lat: '37.5', lng: '122.1', sort: 'random' },
      {},
    ];
    for (const query of cases) {
      const { status, body } = await invoke(nearbyJobs, { query });
      expect(status).toBe(400);
      expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('GET /jobs/{jobId}', () => {
  it('shows the detail with a readable schedule and no contact', async () => {
    const job = await putJob('detail-1', FIELD_A, { requirements: ['无需经验'] });
    const { status, body } = await invoke(getJob, { params: { jobId: job.id } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'detail-1', status: 'open', contactHidden: true, requirements: ['无需经验'] });
    expect(body.schedule).toMatch(/\d+月\d+日 周. \d\d:\d\d-\d\d:\d\d/);
    expect(JSON.stringify(body)).not.toMatch(/phone|contact"/i);
  });
  it('404s an unknown job in Chinese', async () => {
    const { status, body } = await invoke(getJob, { params: { jobId: 'no-such-job' } });
    expect(status).toBe(404);
    expect(body.error.code).toBe('JOB_NOT_FOUND');
  });
});
