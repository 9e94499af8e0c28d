import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { OrgStatus, OrgType } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { districtsOf } from '#domain/divisions/catalog';
import { keys } from './keys';
import { batchGetAll, queryAll } from './query-all';

/** A 用工单位 as stored (access patterns 14 and 27–30 in functions/MODEL.md). */
export interface OrgRow {
  id: string;
  name: string;
  type: OrgType;
  creditCode: string;
  communityCode: string;
  streetCode: string;
  districtCode: string;
  lat: number;
  lng: number;
  address: string;
  /** Who residents call once their sign-up is approved; the phone is AES-GCM ciphertext like every phone. */
  contactName: string;
  contactPhoneEnc: string;
  /** 用工数量: people currently employed, as the employer reports it. */
  headcount: number;
  /** 用工条件 in the employer's words. */
  conditions: string;
  status: OrgStatus;
  rejectReason?: string | null;
  licenceKey?: string | null;
  ownerUserId?: string | null;
  confirmedReports?: number;
  submittedAt: string;
  reviewedAt?: string | null;
  reviewedBy?: string | null;
  createdAt: string;
  updatedAt: string;
}

/** 已认证 and not since revoked: the badge residents see and the condition for publishing. */
export const hasVerifiedBadge = (org: Pick<OrgRow, 'status'>) => org.status === 'verified';

/** `consistent` right after a write, so the answer shows what was just written. */
export async function getOrg(orgId: string, consistent = false): Promise<OrgRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.org(orgId), ConsistentRead: consistent }));
  return Item?.entity === 'org' ? (Item as OrgRow) : undefined;
}

export async function getOrgs(orgIds: string[]): Promise<Map<string, OrgRow>> {
  const rows = await batchGetAll<OrgRow>([...new Set(orgIds)].map((id) => keys.org(id)));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Every organisation in a division (district partition of GSI1, narrowed to a street or community by begins_with);
 * the city is its districts in turn.
 */
export async function listOrgsInDivision(divisionCode: string): Promise<OrgRow[]> {
  const districts = districtsOf(divisionCode);
  const narrower = divisionCode.length > 6;
  const pages = await Promise.all(
    districts.map((district) =>
      queryAll<OrgRow>({
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: narrower ? 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)' : 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.orgsPartition(district), ...(narrower ? { ':prefix': divisionCode } : {}) },
      }),
    ),
  );
  return pages.flat();
}
