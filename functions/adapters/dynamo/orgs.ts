import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { keys } from './keys';

export interface OrgRow {
  id: string;
  name: string;
  communityCode: string;
  /** Who residents call once their sign-up is approved; the phone is AES-GCM ciphertext like every phone. */
  contactName?: string;
  contactPhoneEnc?: string;
}

export async function getOrg(orgId: string): Promise<OrgRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.org(orgId) }));
  return Item as OrgRow | undefined;
}
