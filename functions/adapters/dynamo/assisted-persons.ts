import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AssistedCategory, EmploymentStatus } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { transact, type TransactItem, type TransactOutcome } from '#commons/transact';
import type { StatusEntry } from '#domain/assistance/status-history';
import type { ServiceDates } from '#domain/assistance/tracking';
import { keys } from './keys';
import { batchGetAll } from './query-all';
import { readDivisionQueue } from './staff-queues';

/**
 * 就业援助台账 (access patterns 63, 64, 66, 67 in functions/MODEL.md). Personal numbers are kept only as ciphertext plus
 * a keyed hash of the 身份证号 for the city-wide uniqueness item. The dashboard's stream consumer reads these items
 * too: `communityCode`, `categories`, `status`, `statusSince`, `tracked` and `serviceDates` are its inputs.
 */
export interface AssistedPersonRow {
  id: string;
  name: string;
  idNumberEnc: string;
  idHash: string;
  phoneEnc: string | null;
  birthYear: number;
  communityCode: string;
  categories: AssistedCategory[];
  unemploymentRegisteredOn: string | null;
  status: EmploymentStatus;
  statusSince: string;
  employerName: string;
  statusHistory: StatusEntry[];
  note: string;
  /** 登记失业 or any category: counted under 「12333」. */
  tracked: boolean;
  /** Dates of each service type within the last 24 months, rewritten with every service (no extra read for counts). */
  serviceDates: ServiceDates;
  /** The resident account this entry is linked to (consent is re-checked at every use). */
  linkedUserId: string | null;
  createdBy: string;
  /** Bumped by every write, services included: the condition that keeps `serviceDates` whole. */
  version: number;
  /**
   * Bumped only by staff edits of the entry itself: what an editor's `expectedVersion` is checked against, so a
   * service recorded meanwhile (automatic ones arrive at any time) does not send the editor back. Older items: `version`.
   */
  editVersion?: number;
  createdAt: string;
  updatedAt: string;
}

const ENTITY = 'assisted-person';

export const personItem = (row: AssistedPersonRow) => ({ ...keys.assistedPerson(row.id), ...keys.assistedPersonInDivision(row.communityCode, row.id), entity: ENTITY, ...row });

export async function getPerson(personId: string, consistent = true): Promise<AssistedPersonRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.assistedPerson(personId), ConsistentRead: consistent }));
  return Item?.entity === ENTITY ? (Item as AssistedPersonRow) : undefined;
}

export const idNumberItem = (row: AssistedPersonRow) => ({ ...keys.assistedIdNumber(row.idHash), entity: 'assisted-id', personId: row.id, createdAt: row.createdAt });

/** A new person and their 身份证号 uniqueness item, both `attribute_not_exists`. */
export function newPersonItems(row: AssistedPersonRow): TransactItem[] {
  return [
    { Put: { TableName: tableName(), Item: personItem(row), ConditionExpression: 'attribute_not_exists(PK)' } },
    { Put: { TableName: tableName(), Item: idNumberItem(row), ConditionExpression: 'attribute_not_exists(PK)' } },
  ];
}

/** The person as edited, written only if nobody changed it since it was read at `readVersion`. */
export function personUpdateItem(row: AssistedPersonRow, readVersion: number): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: personItem(row),
      ConditionExpression: 'attribute_exists(PK) AND version = :read',
      ExpressionAttributeValues: { ':read': readVersion },
    },
  };
}

/** One resident, one entry: the link is written only when the resident has none or already points at this entry. */
export function residentLinkPut(userId: string, personId: string, now: string): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.residentAssisted(userId), entity: 'assisted-link', personId, linkedAt: now },
      ConditionExpression: 'attribute_not_exists(PK) OR personId = :person',
      ExpressionAttributeValues: { ':person': personId },
    },
  };
}

/** Removes a resident's link when the entry is unlinked or linked to someone else; never another entry's link. */
export function residentLinkDelete(userId: string, personId: string): TransactItem {
  return {
    Delete: {
      TableName: tableName(),
      Key: keys.residentAssisted(userId),
      ConditionExpression: 'attribute_not_exists(PK) OR personId = :person',
      ExpressionAttributeValues: { ':person': personId },
    },
  };
}

/** Forgets an entry's resident when the import could not write that resident's link (another entry took it meanwhile). */
export function clearedLinkUpdate(personId: string, userId: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.assistedPerson(personId),
      UpdateExpression: 'SET linkedUserId = :none',
      ConditionExpression: 'linkedUserId = :user',
      ExpressionAttributeValues: { ':none': null, ':user': userId },
    },
  };
}

export const writePersons = (items: TransactItem[]): Promise<TransactOutcome> => transact(items);

/** The ledger entry a resident is linked to, if any. */
export async function linkedPersonId(userId: string): Promise<string | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.residentAssisted(userId) }));
  return Item?.personId as string | undefined;
}

/** Which of these 身份证号 hashes already have a ledger entry (the import's duplicate check). */
export async function existingIdHashes(hashes: string[]): Promise<Set<string>> {
  const found = await batchGetAll<{ PK: string }>(hashes.map((hash) => keys.assistedIdNumber(hash)));
  return new Set(found.map((item) => item.PK.slice('APERSONID#'.length)));
}

/** One page of a division's ledger, in community order (#63). */
export async function listPersons(divisionCode: string, limit: number, cursor?: string): Promise<{ rows: AssistedPersonRow[]; nextCursor: string | null }> {
  const { items, nextCursor } = await readDivisionQueue(keys.assistedPersonsPartition, divisionCode, limit, cursor, true, 'GSI1');
  return { rows: items as unknown as AssistedPersonRow[], nextCursor };
}

/** Every person of a division (the worklist and the export read the whole ledger of the viewer's area). */
export async function allPersons(divisionCode: string): Promise<AssistedPersonRow[]> {
  const rows: AssistedPersonRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPersons(divisionCode, 500, cursor);
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}
