import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { BusinessKind, Citation, DocumentKind, SubsidyAmount, SubsidyPolicyId, SubsidyStatus } from '@contract';
import type { z } from 'zod';
import type { WorkSituationSchema } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { transact } from '#commons/transact';
import { districtsOf } from '#domain/divisions/catalog';
import { keys } from './keys';
import { batchGetAll, queryAll } from './query-all';
import { readDivisionQueue } from './staff-queues';

/** Access patterns 55–61 in functions/MODEL.md: applications, their one-time places and the staff queues. */

export interface SubsidyDocumentRow {
  id: string;
  kind: DocumentKind;
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  addedAt: string;
  /** Set when a submission found the object in S3 with an allowed type and size. */
  uploaded?: boolean;
}

export interface SubsidyHistoryRow { status: SubsidyStatus; at: string; by: string | null; reason: string | null }

/** What the applicant stated. Personal numbers are kept only as ciphertext plus a keyed hash for the one-time check. */
export interface StoredFacts {
  region: 'weihai';
  business: { kind: BusinessKind; registeredOn: string; name: string; creditCode: string } | null;
  hire: {
    age: number; hiredOn: string; contractMonths: number; graduatedOn: string | null; unemployedSinceGraduation: boolean;
    unemploymentRegisteredOn: string | null; name: string; idNumberEnc: string; idHash: string;
  } | null;
  worker: z.output<typeof WorkSituationSchema> | null;
}

export interface SubsidyApplicationRow {
  id: string;
  policyId: SubsidyPolicyId;
  policyVersion: string;
  status: SubsidyStatus;
  /** Bumped by every change; documents, submission and review are conditional on the version read. */
  version: number;
  userId: string;
  applicantName: string;
  /** The applicant's own 身份证号 (ciphertext) and its lookup hash; null only for an employer's hiring application. */
  idNumberEnc: string | null;
  idHash: string | null;
  orgId: string | null;
  orgName: string | null;
  communityCode: string;
  facts: StoredFacts;
  amount: SubsidyAmount;
  eligibilityReasons: string[];
  citation: Citation;
  /** The SUBONCE subjects this application holds (keys.subsidyOnce(policyId, subject)). */
  onceSubjects: string[];
  documents: SubsidyDocumentRow[];
  history: SubsidyHistoryRow[];
  returnReason: string | null;
  note: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
}

const ENTITY = 'subsidy-application';

export async function getApplication(applicationId: string, consistent = true): Promise<SubsidyApplicationRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.subsidyApplication(applicationId), ConsistentRead: consistent }));
  return Item?.entity === ENTITY ? (Item as SubsidyApplicationRow) : undefined;
}

export const applicationItem = (row: SubsidyApplicationRow) => ({
  ...keys.subsidyApplication(row.id), ...keys.subsidyApplicationOfUser(row.userId, row.id), entity: ENTITY, ...row,
});

/** BUSY's default message speaks of gig sign-ups; an application rush says it in its own words. */
const busy = () => new AppError('BUSY', '同时提交的申请太多了，请稍等几秒再试');

export type CreateOutcome = { created: true } | { created: false; holder: { applicationId: string; userId: string; subject: string } };

/**
 * The application and every one-time place it claims, in one transaction, each `attribute_not_exists`. A lost race
 * is re-decided from what now holds the place: another application (409 naming it) or, when the holder was refused
 * in the meantime and the place is free again, another attempt.
 */
export interface IdBinding { userId: string; idNumberEnc: string; birthYear: number }

export async function createApplication(row: SubsidyApplicationRow, bindToAccount: IdBinding | null = null): Promise<CreateOutcome> {
  const onceItems = row.onceSubjects.map((subject) => ({
    Put: {
      TableName: tableName(),
      Item: { ...keys.subsidyOnce(row.policyId, subject), entity: 'subsidy-once', applicationId: row.id, userId: row.userId, subject, createdAt: row.createdAt },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }));
  for (let attempt = 0; attempt < 5; attempt++) {
    const binding = bindToAccount ? [bindIdItem(bindToAccount)] : [];
    const outcome = await transact([{ Put: { TableName: tableName(), Item: applicationItem(row), ConditionExpression: 'attribute_not_exists(PK)' } }, ...onceItems, ...binding]).catch((error) => {
      throw error instanceof AppError && error.code === 'BUSY' ? busy() : error;
    });
    if (outcome.committed) return { created: true };
    // The account got a number of its own meanwhile (another tab): apply again and it is used.
    if (binding.length && outcome.failed.includes(onceItems.length + 1)) throw new AppError('CONFLICT', '您的身份证号刚刚保存过，请重新提交一次');
    for (const index of outcome.failed.filter((i) => i > 0 && i <= onceItems.length)) {
      const subject = row.onceSubjects[index - 1];
      const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.subsidyOnce(row.policyId, subject), ConsistentRead: true }));
      if (Item) return { created: false, holder: { applicationId: Item.applicationId as string, userId: Item.userId as string, subject } };
    }
  }
  // Places freed and taken again five times over: a rush, not an answer; the client retries with the same key.
  throw busy();
}

/** Saves the number to the account only if it still has none (the profile page may have saved one meanwhile). */
const bindIdItem = (binding: IdBinding) => ({
  Update: {
    TableName: tableName(), Key: keys.user(binding.userId),
    UpdateExpression: 'SET idNumberEnc = :enc, birthYear = :birthYear',
    ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(idNumberEnc)',
    ExpressionAttributeValues: { ':enc': binding.idNumberEnc, ':birthYear': binding.birthYear },
  },
});

/** Adds a document to an editable application the caller read at `row.version`; false when it changed meanwhile. */
export async function appendDocument(row: SubsidyApplicationRow, document: SubsidyDocumentRow, now: string): Promise<boolean> {
  return conditionalUpdate(row.id, {
    UpdateExpression: 'SET documents = list_append(documents, :doc), version = version + :one, updatedAt = :now',
    ConditionExpression: 'version = :read AND #status IN (:draft, :returned)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':doc': [document], ':one': 1, ':now': now, ':read': row.version, ':draft': 'draft', ':returned': 'returned' },
  });
}

/** Replaces the document list (unused tickets dropped) on an editable application read at `row.version`. */
export async function replaceDocuments(row: SubsidyApplicationRow, documents: SubsidyDocumentRow[], now: string): Promise<boolean> {
  return conditionalUpdate(row.id, {
    UpdateExpression: 'SET documents = :docs, version = version + :one, updatedAt = :now',
    ConditionExpression: 'version = :read AND #status IN (:draft, :returned)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':docs': documents, ':one': 1, ':now': now, ':read': row.version, ':draft': 'draft', ':returned': 'returned' },
  });
}

export interface Submission {
  facts: StoredFacts;
  amount: SubsidyAmount;
  eligibilityReasons: string[];
  citation: Citation;
  policyVersion: string;
  note: string;
  documents: SubsidyDocumentRow[];
  at: string;
}

/** Draft or returned → 待社区初审, into the community queue; false when the application changed since it was read. */
export async function submitApplication(row: SubsidyApplicationRow, s: Submission): Promise<boolean> {
  const queue = keys.subsidyQueue('pending-community', row.communityCode, row.id);
  const entry: SubsidyHistoryRow = { status: 'pending-community', at: s.at, by: null, reason: null };
  return conditionalUpdate(row.id, {
    UpdateExpression:
      'SET #status = :to, facts = :facts, amount = :amount, eligibilityReasons = :reasons, citation = :citation, policyVersion = :pv, note = :note, ' +
      'documents = :docs, history = list_append(history, :entry), returnReason = :null, submittedAt = :at, updatedAt = :at, version = version + :one, GSI4PK = :qpk, GSI4SK = :qsk',
    ConditionExpression: 'version = :read AND #status IN (:draft, :returned)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':to': 'pending-community', ':facts': s.facts, ':amount': s.amount, ':reasons': s.eligibilityReasons, ':citation': s.citation, ':pv': s.policyVersion,
      ':note': s.note, ':docs': s.documents, ':entry': [entry], ':null': null, ':at': s.at, ':one': 1, ':qpk': queue.GSI4PK, ':qsk': queue.GSI4SK,
      ':read': row.version, ':draft': 'draft', ':returned': 'returned',
    },
  });
}

async function conditionalUpdate(applicationId: string, update: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>): Promise<boolean> {
  try {
    await ddb().send(new UpdateCommand({ TableName: tableName(), Key: keys.subsidyApplication(applicationId), ...update }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** A person's applications, newest first (ids are ULIDs); a person has a handful at most. */
export function listApplicationsOfUser(userId: string): Promise<SubsidyApplicationRow[]> {
  return queryAll<SubsidyApplicationRow>({
    TableName: tableName(), IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': keys.subsidyApplicationsOfUser(userId) },
    ScanIndexForward: false,
  });
}

/** One status queue within a division, oldest first (#59). */
export async function listSubsidyQueue(status: SubsidyStatus, divisionCode: string, limit: number, cursor?: string) {
  const { items, nextCursor } = await readDivisionQueue((district) => keys.subsidyQueuePartition(status, district), divisionCode, limit, cursor, true);
  return { rows: items as unknown as SubsidyApplicationRow[], nextCursor };
}

/** Every approved application in a division, all pages (#61): the payment list. */
export async function listApproved(divisionCode: string): Promise<SubsidyApplicationRow[]> {
  const narrower = divisionCode.length > 6;
  const pages = await Promise.all(
    districtsOf(divisionCode).map((district) =>
      queryAll<SubsidyApplicationRow>({
        TableName: tableName(), IndexName: 'GSI4',
        KeyConditionExpression: narrower ? 'GSI4PK = :pk AND begins_with(GSI4SK, :code)' : 'GSI4PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.subsidyQueuePartition('approved', district), ...(narrower ? { ':code': divisionCode } : {}) },
      }),
    ),
  );
  return pages.flat();
}

/** Which applications hold these one-time places (名额核查, MODEL.md SUBONCE): one BatchGet, absent places left out. */
export async function placeHolders(places: readonly { policyId: string; subject: string }[]): Promise<Map<string, string>> {
  const found = await batchGetAll<{ PK: string; applicationId: string }>(places.map((p) => keys.subsidyOnce(p.policyId, p.subject)));
  return new Map(found.map((item) => [item.PK, item.applicationId]));
}
