import { ORG_STATUS_LABEL, type Org } from '@contract';
import { displayDistrictName, findCommunity, findStreet } from '../divisions/catalog';
import { maskPhone } from '../privacy/mask';

/** The stored fields a view needs; the phone arrives decrypted and leaves masked. */
export interface OrgViewInput {
  id: string;
  name: string;
  type: Org['type'];
  creditCode: string;
  contactName: string;
  contactPhone: string;
  address: string;
  communityCode: string;
  headcount: number;
  conditions: string;
  status: Org['status'];
  rejectReason?: string | null;
  licenceKey?: string | null;
  confirmedReports?: number;
  submittedAt: string;
  reviewedAt?: string | null;
}

export function orgView(org: OrgViewInput): Org {
  const community = findCommunity(org.communityCode);
  return {
    id: org.id,
    name: org.name,
    type: org.type,
    creditCode: org.creditCode,
    contactName: org.contactName,
    contactPhoneMasked: maskPhone(org.contactPhone),
    address: org.address,
    community: {
      code: org.communityCode,
      name: community?.name ?? org.communityCode,
      streetName: community ? (findStreet(community.streetCode)?.name ?? '') : '',
      districtName: community ? displayDistrictName(community.districtCode) : '',
    },
    headcount: org.headcount,
    conditions: org.conditions,
    status: org.status,
    statusLabel: ORG_STATUS_LABEL[org.status],
    verifiedBadge: org.status === 'verified',
    rejectReason: org.status === 'rejected' ? (org.rejectReason ?? null) : null,
    licenceUploaded: !!org.licenceKey,
    confirmedReports: org.confirmedReports ?? 0,
    submittedAt: org.submittedAt,
    reviewedAt: org.reviewedAt ?? null,
  };
}

/** Changing who the organisation is, or where, needs the community to look again; contact details do not. */
export function needsReverification(before: Pick<OrgViewInput, 'name' | 'creditCode' | 'communityCode' | 'type'>, after: Pick<OrgViewInput, 'name' | 'creditCode' | 'communityCode' | 'type'>): boolean {
  return before.name !== after.name || before.creditCode !== after.creditCode || before.communityCode !== after.communityCode || before.type !== after.type;
}
