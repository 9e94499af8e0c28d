import type { DemandFigures, DivisionLevel, EmployerDemand, OrgType } from '@contract';
import { CITY, COMMUNITIES, DISTRICTS, STREETS, displayDistrictName, findCommunity, findDistrict, findStreet } from '../divisions/catalog';
import { levelOfCode } from '../auth/scope';

/**
 * 社区用工数据库 (鲁就办〔2023〕13号 三、15; 威就办〔2023〕9号 三、8): for each employer its 用工数量 (what it reports),
 * its 缺工情况 (what its open postings still lack) and its 用工条件 (its own words plus each posting's terms),
 * summed for any division. Pure: the handler loads the rows, this adds them up.
 */

export interface DemandOrg {
  id: string;
  name: string;
  type: OrgType;
  status: string;
  communityCode: string;
  headcount: number;
  conditions: string;
}

/** The part of an open, not yet ended posting the figures and the conditions need. */
export interface DemandPosting {
  title: string;
  headcount: number;
  headcountLeft: number;
  payAmount: number;
  payUnit: string;
  ageMin?: number | null;
  ageMax?: number | null;
  tags?: string[];
}

type Figures = Omit<DemandFigures, 'employers'>;

const atLeastZero = (n: number | undefined) => Math.max(0, Math.floor(n ?? 0));

/** 「保洁 25 元/小时，18–60 岁，无经验可」: one short line per posting, the facts a resident asks first. */
export function postingCondition(p: DemandPosting): string {
  const parts = [`${p.title} ${p.payAmount} ${p.payUnit}`];
  if (p.ageMin && p.ageMax) parts.push(`${p.ageMin}–${p.ageMax} 岁`);
  else if (p.ageMin) parts.push(`${p.ageMin} 岁以上`);
  else if (p.ageMax) parts.push(`${p.ageMax} 岁以下`);
  if (p.tags?.length) parts.push(p.tags.slice(0, 2).join('、'));
  return parts.join('，');
}

export function postingFigures(postings: DemandPosting[]): Omit<Figures, 'headcount'> {
  let positions = 0;
  let shortage = 0;
  for (const p of postings) {
    const wanted = atLeastZero(p.headcount);
    const left = Math.min(wanted, atLeastZero(p.headcountLeft));
    positions += wanted;
    shortage += left;
  }
  return { openPostings: postings.length, positions, signedUp: positions - shortage, shortage };
}

export function employerDemand(org: DemandOrg, postings: DemandPosting[]): EmployerDemand {
  const own = org.conditions.trim();
  return {
    orgId: org.id,
    name: org.name,
    type: org.type,
    // Revoked or unverified employers still count (they still employ people); the badge says which they are.
    verifiedBadge: org.status === 'verified',
    communityCode: org.communityCode,
    communityName: findCommunity(org.communityCode)?.name ?? org.communityCode,
    figures: { headcount: atLeastZero(org.headcount), ...postingFigures(postings) },
    conditions: [...(own ? [own] : []), ...postings.map(postingCondition)],
  };
}

export const zeroFigures = (): DemandFigures => ({ employers: 0, headcount: 0, openPostings: 0, positions: 0, signedUp: 0, shortage: 0 });

export function sumFigures(employers: EmployerDemand[]): DemandFigures {
  const total = zeroFigures();
  for (const e of employers) {
    total.employers += 1;
    total.headcount += e.figures.headcount;
    total.openPostings += e.figures.openPostings;
    total.positions += e.figures.positions;
    total.signedUp += e.figures.signedUp;
    total.shortage += e.figures.shortage;
  }
  return total;
}

/** A division the catalog knows, with the name staff use; undefined for an unknown code. */
export function divisionOf(code: string): { code: string; name: string; level: DivisionLevel } | undefined {
  const level = levelOfCode(code);
  if (level === 'city') return code === CITY.code ? { code, name: CITY.name, level } : undefined;
  if (level === 'district') return findDistrict(code) ? { code, name: displayDistrictName(code), level } : undefined;
  if (level === 'street') {
    const street = findStreet(code);
    return street ? { code, name: street.name, level } : undefined;
  }
  const community = level === 'community' ? findCommunity(code) : undefined;
  return community ? { code, name: community.name, level: 'community' } : undefined;
}

/**
 * The next level down, each with its own sums: every district of the city and every street of a district (a zero
 * shows where nobody has registered yet), but only the communities of a street that have employers (a street can
 * have dozens of villages).
 */
export function childrenDemand(code: string, employers: EmployerDemand[]) {
  const level = levelOfCode(code);
  const candidates =
    level === 'city' ? DISTRICTS.map((d) => d.code)
      : level === 'district' ? STREETS.filter((s) => s.districtCode === code).map((s) => s.code)
        : level === 'street' ? COMMUNITIES.filter((c) => c.streetCode === code).map((c) => c.code)
          : [];
  const childLength = level === 'city' ? 6 : level === 'district' ? 9 : 12;
  const byChild = new Map<string, EmployerDemand[]>();
  for (const e of employers) {
    const child = e.communityCode.slice(0, childLength);
    byChild.set(child, [...(byChild.get(child) ?? []), e]);
  }
  return candidates
    .filter((child) => level !== 'street' || byChild.has(child))
    .map((child) => {
      const division = divisionOf(child)!;
      return { ...division, figures: sumFigures(byChild.get(child) ?? []) };
    });
}
