import type { Me } from '@contract';
import { displayDistrictName, findCommunity, findDistrict, findStreet } from '../divisions/catalog';
import { maskPhone } from '../privacy/mask';

export interface MeInput {
  id: string;
  role: Me['role'];
  name: string;
  phone?: string;
  homeCommunityCode?: string;
  staffLevel?: NonNullable<Me['staff']>['level'];
  staffDivisionCode?: string;
  org?: { id: string; name: string };
}

export function divisionName(code: string): string {
  if (code.length === 4) return '威海市';
  if (code.length === 6) return findDistrict(code)?.name ?? code;
  if (code.length === 9) return findStreet(code)?.name ?? code;
  return findCommunity(code)?.name ?? code;
}

/** What a signed-in person sees of their own account: names resolved, phone masked, nothing else personal. */
export function meView(input: MeInput): Me {
  const home = input.homeCommunityCode ? findCommunity(input.homeCommunityCode) : undefined;
  return {
    id: input.id,
    role: input.role,
    name: input.name,
    phoneMasked: input.phone ? maskPhone(input.phone) : null,
    homeCommunity: home
      ? {
          code: home.code,
          name: home.name,
          kind: home.kind,
          street: { code: home.streetCode, name: findStreet(home.streetCode)?.name ?? '' },
          district: { code: home.districtCode, name: displayDistrictName(home.districtCode) },
        }
      : null,
    staff:
      input.role === 'staff' && input.staffLevel && input.staffDivisionCode
        ? { level: input.staffLevel, divisionCode: input.staffDivisionCode, divisionName: divisionName(input.staffDivisionCode) }
        : null,
    employer: input.role === 'employer' && input.org ? { orgId: input.org.id, orgName: input.org.name } : null,
  };
}
