import type { TrainingSummary } from '@contract';
import { DAY_MS } from '../time/weihai-clock';
import { recommendTrainings, type TrainingWants } from './recommend';

const NOW = Date.parse('2026-11-20T02:00:00Z');
const inDays = (days: number) => new Date(NOW + days * DAY_MS).toISOString();

function training(id: string, extra: Partial<TrainingSummary> = {}, startsInDays: number | null = 3): TrainingSummary {
  return {
    id, title: `培训${id}`, type: '就业技能', category: '家政服务', format: '社区培训点', content: '家政服务基础技能与实操', hours: 40,
    requirements: '16–60 岁城乡劳动者', eligibility: { ageMin: 16, ageMax: 60, groups: ['城乡劳动者'] },
    subsidyStandard: '按 1200 元/人标准补贴培训机构', provider: '威海测试培训学校', address: '测试地址',
    community: { code: '371002002001', name: '东山居委会' }, location: { lat: 37.5, lng: 122.1, source: 'generated' }, distanceMeters: 640, walkMinutes: 8,
    nextSession:
      startsInDays === null
        ? null
        : {
            id: `s-${id}`, trainingId: id, startsAt: inDays(startsInDays), endsAt: inDays(startsInDays + 0.1), scheduleText: '11月23日 19:00–21:00',
            hours: 2, address: '测试地址', capacity: 20, seatsLeft: 5, waitlistCount: 0, status: 'open', myBooking: null,
          },
    upcomingSessions: startsInDays === null ? 0 : 3,
    myEligibility: { eligible: true, reasons: ['年龄符合（56 岁）', '符合参训人群：城乡劳动者'] },
    ...extra,
  };
}

const wants: TrainingWants = { wantedCategories: ['家政服务'], preferredFormats: ['培训夜课'] };
const ids = (list: { training: TrainingSummary }[]) => list.map((r) => r.training.id);

describe('培训推荐 from the 四清 survey', () => {
  it('puts a wanted-category evening class first and says why', () => {
    const list = recommendTrainings(wants, [training('day'), training('night', { format: '培训夜课' }), training('other', { category: '直播销售', format: '培训夜课' })], NOW);
    expect(ids(list)).toEqual(['night', 'day', 'other']);
    expect(list[0].reasons).toEqual([
      '您想学：家政服务',
      '培训夜课，下班后可参加',
      '步行 8 分钟',
      '符合参训要求：城乡劳动者',
      '补贴：按 1200 元/人标准补贴培训机构',
      '最近一次课：11月23日 19:00–21:00',
    ]);
    // a preferred format alone still earns a place, below every wanted category
    expect(list[2].reasons.slice(0, 2)).toEqual(['培训夜课，下班后可参加', '步行 8 分钟']);
  });

  it('category outweighs format, nearness and an early session', () => {
    const far = training('far', { walkMinutes: 55, distanceMeters: 4400 }, 50);
    const nearWrong = training('near-wrong', { category: '网约配送', format: '培训夜课', walkMinutes: 1, distanceMeters: 50 }, 0.1);
    expect(ids(recommendTrainings(wants, [nearWrong, far], NOW))).toEqual(['far', 'near-wrong']);
  });

  it('nearer and sooner break ties; then the id', () => {
    const list = recommendTrainings(wants, [training('b', { walkMinutes: 20, distanceMeters: 1600 }), training('a', { walkMinutes: 5, distanceMeters: 400 }), training('c', {}, 40)], NOW);
    expect(ids(list)).toEqual(['a', 'b', 'c']);
    expect(ids(recommendTrainings(wants, [training('y'), training('x')], NOW))).toEqual(['x', 'y']);
  });

  it('drops ineligible trainings, ones matching nothing, and ones without a session in the next 60 days', () => {
    const list = recommendTrainings(
      wants,
      [
        training('ineligible', { myEligibility: { eligible: false, reasons: ['年龄不符：要求 16–45 岁'] } }),
        training('unrelated', { category: '直播销售' }),
        training('no-session', {}, null),
        training('too-late', {}, 61),
        training('past', {}, -1),
        training('ok'),
      ],
      NOW,
    );
    expect(ids(list)).toEqual(['ok']);
  });

  it('keeps trainings whose eligibility is unknown, without an eligibility reason', () => {
    const [only] = recommendTrainings(wants, [training('unknown', { myEligibility: null })], NOW);
    expect(only.reasons.some((r) => r.startsWith('符合'))).toBe(false);
  });

  it('线上 needs no walk; far classes give kilometres; a full class says 可候补; long subsidies are cut', () => {
    const online = training('online', { format: '线上', distanceMeters: 9000, walkMinutes: 113 });
    const far = training('far', { distanceMeters: 3240, walkMinutes: 41, subsidyStandard: '按 1200 元/人标准补贴培训机构，取得职业技能等级证书的另按规定给予技能提升补贴' });
    const list = recommendTrainings({ wantedCategories: ['家政服务'], preferredFormats: ['线上'] }, [far, online], NOW);
    expect(ids(list)).toEqual(['online', 'far']);
    expect(list[0].reasons).toContain('线上课程，在家就能学');
    expect(list[0].reasons.some((r) => r.startsWith('步行') || r.startsWith('距家'))).toBe(false);
    expect(list[1].reasons).toContain('距家 3.2 公里');
    expect(list[1].reasons.find((r) => r.startsWith('补贴'))).toMatch(/…$/);
    const full = training('full');
    full.nextSession!.seatsLeft = 0;
    expect(recommendTrainings(wants, [full], NOW)[0].reasons.at(-1)).toBe('最近一次课：11月23日 19:00–21:00（已满，可候补）');
  });

  it('names the groups the verdict matched, else the training’s groups', () => {
    const t = training('t', { myEligibility: { eligible: true, reasons: ['年龄符合（30 岁）', '符合参训人群：失业人员'] } });
    expect(recommendTrainings(wants, [t], NOW)[0].reasons).toContain('符合参训要求：失业人员');
    const bare = training('b', { eligibility: { ageMin: 16, ageMax: 60, groups: ['失业人员', '就业困难人员'] }, myEligibility: { eligible: true, reasons: [] } });
    expect(recommendTrainings(wants, [bare], NOW)[0].reasons).toContain('符合参训要求：失业人员、就业困难人员');
  });

  it('keeps the top 10', () => {
    const many = Array.from({ length: 14 }, (_, i) => training(`t${String(i).padStart(2, '0')}`));
    expect(recommendTrainings(wants, many, NOW)).toHaveLength(10);
  });
});
