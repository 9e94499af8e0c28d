import { handler as listDivisions } from '../../functions/handlers/divisions/list-divisions';
import { handler as getCommunity } from '../../functions/handlers/divisions/get-community';
import { handler as nearestCommunity } from '../../functions/handlers/divisions/nearest-community';
import { invoke } from './invoke';
import { COMMUNITIES } from '../../functions/domain/divisions/catalog';
import { nearestOf } from '../../functions/domain/divisions/nearest';
import { communityPoint, DISTRICT_SEATS } from '../../scripts/seed/coordinates';
import { seededRandom } from '../../scripts/seed/random';

describe('GET /divisions', () => {
  it('lists the 7 real districts with their short names and street counts', async () => {
    const { status, body } = await invoke(listDivisions);
    expect(status).toBe(200);
    expect(body.parent).toBeNull();
    expect(body.items.map((d: { code: string }) => d.code)).toEqual(['371002', '371003', '371071', '371072', '371073', '371082', '371083']);
    expect(body.items.find((d: { code: string }) => d.code === '371071')).toMatchObject({ shortName: '高区', level: 'district' });
    expect(body.items.reduce((n: number, d: { childCount: number }) => n + d.childCount, 0)).toBe(73);
  });

  it('walks district → street → community', async () => {
    const streets = await invoke(listDivisions, { query: { parent: '371002' } });
    expect(streets.body.parent).toMatchObject({ code: '371002', name: '环翠区' });
    expect(streets.body.items.map((s: { name: string }) => s.name)).toContain('鲸园街道');
    const communities = await invoke(listDivisions, { query: { parent: '371002002' } });
    expect(communities.body.items).toHaveLength(16);
    expect(communities.body.items[0]).toMatchObject({ code: '371002002001', name: '东山居委会', level: 'community', kind: 'urban', path: '环翠区 · 鲸园街道' });
  });

  it('searches communities by name, optionally within a district', async () => {
    const { status, body } = await invoke(listDivisions, { query: { q: '东山' } });
    expect(status).toBe(200);
    expect(body.items[0].name).toContain('东山');
    const scoped = await invoke(listDivisions, { query: { q: '村', parent: '371083' } });
    expect(scoped.body.items.length).toBeGreaterThan(0);
    expect(scoped.body.items.every((c: { code: string }) => c.code.startsWith('371083'))).toBe(true);
  });

  it('answers 400 in Chinese for a malformed code and 404 for an unknown one', async () => {
    const bad = await invoke(listDivisions, { query: { parent: '37x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.message).toMatch(/区划代码/);
    expect(bad.body.error.details[0].field).toBe('query.parent');
    const unknown = await invoke(listDivisions, { query: { parent: '371099' } });
    expect(unknown.status).toBe(404);
    const extra = await invoke(listDivisions, { query: { parent: '371002', sort: 'x' } });
    expect(extra.status).toBe(400);
  });
});

describe('GET /communities/{code}', () => {
  it('gives an urban community a 15-minute walking circle and its station', async () => {
    const { status, body } = await invoke(getCommunity, { params: { code: '371002002001' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      name: '东山居委会', kind: 'urban', street: { name: '鲸园街道' }, district: { name: '环翠区' },
      circle: { mode: 'walk', walkMinutes: 15, radiusMeters: 1200 }, location: { source: 'generated' },
      station: { name: '东山社区就业服务站', demo: true },
    });
    expect(body.station.services).toContain('失业登记');
  });

  it('gives a village a 5 km circle', async () => {
    const { body } = await invoke(getCommunity, { params: { code: '371003001203' } });
    expect(body).toMatchObject({ kind: 'rural', circle: { mode: 'distance', radiusMeters: 5000, label: '5 公里' } });
  });

  it('404s an unknown community and 400s a street code', async () => {
    expect((await invoke(getCommunity, { params: { code: '371002002999' } })).status).toBe(404);
    expect((await invoke(getCommunity, { params: { code: '371002002' } })).status).toBe(400);
  });
});

describe('GET /communities/nearest', () => {
  it('finds the community at its own generated coordinates', async () => {
    const home = (await invoke(getCommunity, { params: { code: '371002002001' } })).body;
    const { status, body } = await invoke(nearestCommunity, { query: { lat: String(home.location.lat), lng: String(home.location.lng) } });
    expect(status).toBe(200);
    expect(body.community.code).toBe('371002002001');
    expect(body.distanceMeters).toBe(0);
  });

  it('agrees with a brute-force search over all 2,768 communities, in towns and in the countryside', async () => {
    const everyCommunity = COMMUNITIES.map((c) => ({ code: c.code, ...communityPoint(c) }));
    const rand = seededRandom(42);
    let checked = 0;
    for (let i = 0; i < 28; i++) {
      const seat = Object.values(DISTRICT_SEATS)[i % 7];
      const point = { lat: seat.lat + (rand() - 0.5) * 0.3, lng: seat.lng + (rand() - 0.5) * 0.3 };
      const truth = nearestOf(point, everyCommunity)!;
      const { status, body } = await invoke(nearestCommunity, { query: { lat: String(point.lat), lng: String(point.lng) } });
      if (truth.distanceMeters > 3500) {
        // beyond the coarse grid's reach the API may say "none nearby"; if it answers, it must still be right
        if (status === 404) continue;
      }
      expect(status).toBe(200);
      expect(body.community.code).toBe(truth.item.code);
      expect(Math.abs(body.distanceMeters - truth.distanceMeters)).toBeLessThanOrEqual(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  }, 60_000);

  it('says so in Chinese when the point is far from Weihai', async () => {
    const { status, body } = await invoke(nearestCommunity, { query: { lat: '39.9', lng: '116.4' } });
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/威海/);
  });

  it('rejects coordinates that are not numbers or out of range', async () => {
    expect((await invoke(nearestCommunity, { query: { lat: 'abc', lng: '122' } })).status).toBe(400);
    expect((await invoke(nearestCommunity, { query: { lat: '95', lng: '122' } })).status).toBe(400);
    expect((await invoke(nearestCommunity, { query: { lat: '37.5' } })).status).toBe(400);
  });
});
