import type { AssistedPerson, ServiceRecordSchema } from '@contract';
import type { z } from 'zod';
import { sourceLabel } from '#domain/assistance/auto-sources';
import { trackingOf } from '#domain/assistance/tracking';
import { displayDistrictName, findCommunity, findStreet } from '#domain/divisions/catalog';
import { maskIdNumber, maskPhone } from '#domain/privacy/mask';
import type { AssistedPersonRow } from '#adapters/dynamo/assisted-persons';
import type { ServiceRecordRow } from '#adapters/dynamo/service-records';
import { maskedPii } from '../pii';
import { editVersionOf } from './edit-version';

/** Who a linked entry points at, when that resident still consents (commons/assistance/resident-link.ts). */
export type LinkedResident = { userId: string; name: string } | null;

export function communityLabel(code: string): AssistedPerson['community'] {
  const community = findCommunity(code);
  return {
    code,
    name: community?.name ?? code,
    streetName: community ? (findStreet(community.streetCode)?.name ?? '') : '',
    districtName: community ? displayDistrictName(community.districtCode) : '',
  };
}

/** The person as staff see them: numbers masked (never the plain value in any response), 「12333」 as of today. */
export function personView(row: AssistedPersonRow, today: string, linkedResident: LinkedResident): AssistedPerson {
  return {
    id: row.id,
    name: row.name,
    // an unreadable number (damaged item, key rotated without re-encryption) shows as '—' rather than hiding the ledger
    idNumberMasked: maskedPii(row.idNumberEnc, maskIdNumber) ?? '—',
    phoneMasked: maskedPii(row.phoneEnc, maskPhone),
    birthYear: row.birthYear,
    community: communityLabel(row.communityCode),
    categories: row.categories,
    unemploymentRegisteredOn: row.unemploymentRegisteredOn,
    status: row.status,
    statusSince: row.statusSince,
    employerName: row.employerName,
    statusHistory: row.statusHistory,
    linkedResident,
    note: row.note,
    tracking: trackingOf(row, today),
    version: editVersionOf(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function serviceView(row: ServiceRecordRow): z.input<typeof ServiceRecordSchema> {
  return {
    id: row.id,
    type: row.type,
    date: row.date,
    content: row.content,
    outcome: row.outcome,
    source: row.source,
    sourceLabel: sourceLabel(row.source, row.autoSource, row.recordedBy),
    recordedBy: row.recordedBy,
    jobId: row.jobId,
    createdAt: row.createdAt,
  };
}
