import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { nanhaiTowns, selectedItems } from '#commons/brand';
import { getBrandSelection } from '#adapters/dynamo/brand';
import { communityCountersOfDistrict } from '#adapters/dynamo/counter-reads';
import { rankByScore, scoreCommunity, BRAND_WEIGHTS } from '#domain/brand/scoring';
import { quotaUse } from '#domain/brand/selection';
import { BRAND_ZONES, zoneOf, zonesOfDistrict } from '#domain/brand/zones';
import { DISTRICTS, findCommunity, findDistrict, findStreet } from '#domain/divisions/catalog';
import { currentYear } from '#domain/stats/dashboard';
import { STOCK_PERIOD } from '#domain/stats/metrics';

/** The ranking lists the best 100; selected communities are always listed too, so the page can show and keep them. */
const LIMIT = 100;

/**
 * 品牌社区评分排名 (#72): community counters of `ALL` and the current year from the district partitions of GSI1
 * (`STATS#<district>`; the city reads its 7). City staff see any district or the whole city; everyone else sees
 * their own district, read-only (saving is city-only).
 */
export const handler = httpHandler('brandRanking', async ({ query, principal }) => {
  const staff = principal.staff!;
  const isCity = staff.level === 'city';
  const requested = query.district ?? (isCity ? null : staff.divisionCode.slice(0, 6));
  if (requested && !isCity && requested !== staff.divisionCode.slice(0, 6)) throw new AppError('OUT_OF_SCOPE');
  if (requested && !requested.startsWith(staff.divisionCode.slice(0, 4))) throw new AppError('OUT_OF_SCOPE');
  if (requested && !findDistrict(requested)) throw new AppError('DIVISION_NOT_FOUND');
  const districts = requested ? [requested] : DISTRICTS.map((d) => d.code);

  const period = currentYear(Date.now());
  const year = Number(period.slice(1));
  const towns = nanhaiTowns();
  const [perDistrict, selection] = await Promise.all([
    Promise.all(districts.map((d) => communityCountersOfDistrict(d, [STOCK_PERIOD, period]))),
    getBrandSelection(year),
  ]);
  const gradeOf = new Map(selection.items.map((i) => [i.communityCode, i.grade]));
  const inView = (code: string) => districts.includes(code.slice(0, 6));
  const counters = new Map(perDistrict.flatMap((m) => [...m.entries()]));
  for (const code of gradeOf.keys()) if (inView(code) && !counters.has(code)) counters.set(code, new Map());

  const scored = [...counters.entries()].flatMap(([code, byPeriod]) => {
    const community = findCommunity(code);
    const zone = zoneOf(code, towns);
    if (!community || !zone) return [];
    const { score, components } = scoreCommunity({ all: byPeriod.get(STOCK_PERIOD), year: byPeriod.get(period) });
    return [{
      communityCode: code, communityName: community.name, streetName: findStreet(community.streetCode)?.name ?? '',
      zone: zone.name, score, components, selectedGrade: gradeOf.get(code) ?? null,
    }];
  });
  const items = rankByScore(scored).filter((item, i) => i < LIMIT || item.selectedGrade !== null);
  const use = quotaUse(selectedItems(selection.items, towns), requested ? zonesOfDistrict(requested) : BRAND_ZONES);
  return {
    year,
    weights: BRAND_WEIGHTS.map(({ key, label, weight }) => ({ key, label, weight })),
    items,
    quotas: use.quotas,
    grades: use.grades,
    selectionVersion: selection.version,
  };
});
