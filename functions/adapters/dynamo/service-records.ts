import type { ServiceType } from '@contract';
import { tableName } from '#commons/config';
import type { TransactItem } from '#commons/transact';
import type { ServiceDates } from '#domain/assistance/tracking';
import { keys } from './keys';
import { queryAll } from './query-all';

/**
 * 「12333」 service records (#65, #66): in the person's partition under `SVC#<date>#…`, so the person page reads the
 * last 12 months as one key range. The person item's `serviceDates` is rewritten in the same transaction.
 */
export interface ServiceRecordRow {
  id: string;
  personId: string;
  type: ServiceType;
  date: string;
  content: string;
  outcome: string;
  source: 'staff' | 'auto';
  /** For automatic records: which system service did it (domain/assistance/auto-sources.ts). */
  autoSource?: string;
  refId?: string;
  /** Staff name for records staff made. */
  recordedBy: string | null;
  jobId: string | null;
  createdAt: string;
}

const ENTITY = 'service-record';

/** Staff records get a ULID; automatic ones are keyed by what caused them, so a repeat is the same key. */
export function serviceRecordKey(row: ServiceRecordRow) {
  const tail = row.source === 'auto' ? `AUTO#${row.autoSource}#${row.refId}` : row.id;
  return keys.serviceRecord(row.personId, row.date, tail);
}

/**
 * The record, the person's new service dates (conditional on the version read, so two services at once both count:
 * the loser re-reads) and, for an automatic record, its once-ever marker.
 */
export function serviceItems(row: ServiceRecordRow, serviceDates: ServiceDates, readVersion: number, now: string): TransactItem[] {
  const items: TransactItem[] = [
    { Put: { TableName: tableName(), Item: { ...serviceRecordKey(row), entity: ENTITY, ...row }, ConditionExpression: 'attribute_not_exists(PK)' } },
    {
      Update: {
        TableName: tableName(),
        Key: keys.assistedPerson(row.personId),
        UpdateExpression: 'SET serviceDates = :dates, version = version + :one, updatedAt = :now',
        ConditionExpression: 'attribute_exists(PK) AND version = :read',
        ExpressionAttributeValues: { ':dates': serviceDates, ':one': 1, ':now': now, ':read': readVersion },
      },
    },
  ];
  if (row.source === 'auto') {
    items.push({
      Put: {
        TableName: tableName(),
        Item: { ...keys.autoServiceOnce(row.personId, row.autoSource!, row.refId!), entity: 'service-once', recordId: row.id, createdAt: now },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    });
  }
  return items;
}

/** Records dated `fromDate` or later, newest first. */
export async function servicesSince(personId: string, fromDate: string): Promise<ServiceRecordRow[]> {
  const rows = await queryAll<ServiceRecordRow & { entity: string }>({
    TableName: tableName(),
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :end',
    ExpressionAttributeValues: { ':pk': keys.assistedPerson(personId).PK, ':from': keys.servicesFrom(fromDate), ':end': 'SVC#~' },
    ScanIndexForward: false,
    ConsistentRead: true,
  });
  return rows.filter((row) => row.entity === ENTITY);
}
