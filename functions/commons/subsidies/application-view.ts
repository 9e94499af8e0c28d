import {
  DOCUMENT_KIND_LABEL,
  SUBSIDY_STATUS_LABEL,
  type SubsidyApplication,
} from '@contract';
import { displayDistrictName, findCommunity, findStreet } from '#domain/divisions/catalog';
import { maskIdNumber } from '#domain/privacy/mask';
import { POLICY_DOCUMENTS, POLICY_NAMES } from '#domain/subsidies/policy-catalog';
import type { StoredFacts, SubsidyApplicationRow, SubsidyDocumentRow } from '#adapters/dynamo/subsidies';
import { downloadUrl } from '#adapters/s3/uploads';
import { maskedPii } from '../pii';

export interface ViewOptions {
  /** 15-minute document links: only for the applicant and staff in scope (the caller checks who is asking). */
  documentLinks: boolean;
  /** Documents just confirmed in S3; without it the flag stored at submission is used. */
  confirmed?: Set<string>;
}

/** 张三 → 张*: staff and applicant see who the hire is without the full name travelling in lists. */
export const maskName = (name: string) => (name.length <= 1 ? name : `${name[0]}${'*'.repeat(name.length - 1)}`);

const maskedId = (enc: string | null) => maskedPii(enc, maskIdNumber);

/** The stated facts as shown back: personal numbers masked, ciphertext and hashes never leave the server. */
function shownFacts(facts: StoredFacts): Record<string, unknown> {
  const { hire } = facts;
  return {
    region: facts.region,
    ...(facts.business ? { business: facts.business } : {}),
    ...(hire
      ? {
          hire: {
            age: hire.age, hiredOn: hire.hiredOn, contractMonths: hire.contractMonths, graduatedOn: hire.graduatedOn,
            unemployedSinceGraduation: hire.unemployedSinceGraduation, unemploymentRegisteredOn: hire.unemploymentRegisteredOn,
            name: maskName(hire.name), idNumberMasked: maskedId(hire.idNumberEnc),
          },
        }
      : {}),
    ...(facts.worker ? { worker: facts.worker } : {}),
  };
}

function subjectOf(row: SubsidyApplicationRow): string {
  const { business, hire } = row.facts;
  if (business) return `${business.name}（${business.kind}）`;
  if (hire) return `被招用人员 ${maskName(hire.name)}（${maskedId(hire.idNumberEnc)}）`;
  return `本人 ${row.applicantName}`;
}

export function communityOf(communityCode: string): SubsidyApplication['community'] {
  const community = findCommunity(communityCode);
  return {
    code: communityCode,
    name: community?.name ?? communityCode,
    streetName: community ? (findStreet(community.streetCode)?.name ?? '') : '',
    districtName: community ? displayDistrictName(community.districtCode) : '',
  };
}

export async function applicationView(row: SubsidyApplicationRow, options: ViewOptions): Promise<SubsidyApplication> {
  const uploaded = (doc: SubsidyDocumentRow) => (options.confirmed ? options.confirmed.has(doc.id) : !!doc.uploaded);
  const documents = await Promise.all(
    row.documents.map(async (doc) => ({
      id: doc.id, kind: doc.kind, kindLabel: DOCUMENT_KIND_LABEL[doc.kind], fileName: doc.fileName, contentType: doc.contentType, size: doc.size,
      uploaded: uploaded(doc),
      url: options.documentLinks ? await downloadUrl(doc.key, doc.fileName) : null,
    })),
  );
  return {
    id: row.id,
    policyId: row.policyId,
    policyName: POLICY_NAMES[row.policyId],
    policyVersion: row.policyVersion,
    status: row.status,
    statusLabel: SUBSIDY_STATUS_LABEL[row.status],
    applicant: { name: row.applicantName, idNumberMasked: maskedId(row.idNumberEnc), orgName: row.orgName },
    community: communityOf(row.communityCode),
    subject: subjectOf(row),
    facts: shownFacts(row.facts),
    amount: row.amount,
    eligibilityReasons: row.eligibilityReasons,
    citation: row.citation,
    documents,
    requiredDocuments: POLICY_DOCUMENTS[row.policyId]
      .filter((requirement) => requirement.required)
      .map(({ kind }) => ({ kind, label: DOCUMENT_KIND_LABEL[kind], done: row.documents.some((doc) => doc.kind === kind && uploaded(doc)) })),
    returnReason: row.returnReason,
    timeline: row.history.map((entry) => ({ ...entry, label: SUBSIDY_STATUS_LABEL[entry.status] })),
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
