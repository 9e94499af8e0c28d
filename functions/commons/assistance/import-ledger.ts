import { IMPORT_MAX_ROWS } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { isBlankRow, validateRows, type RowError } from '#domain/assistance/import-rows';
import { findCommunity } from '#domain/divisions/catalog';
import { weihaiDate } from '#domain/time/weihai-clock';
import { clearedLinkUpdate, existingIdHashes, newPersonItems, residentLinkPut, writePersons, type AssistedPersonRow } from '#adapters/dynamo/assisted-persons';
import { readFile } from '#adapters/s3/uploads';
import { AppError } from '../errors';
import { idHashOf } from '../subsidies/identity';
import { readLedgerRows } from './ledger-workbook';
import { newPersonRow } from './person-input';
import { residentToLink } from './resident-link';

/**
 * 台账导入 (#67): the uploaded workbook is read from the caller's own `imports/<userId>/` prefix, every row is checked
 * (format, GB 11643 身份证号, community and scope, status rules, repeats within the file and against the ledger) and
 * only a file without a single problem is written, in one transaction: all of it or none of it.
 */
export const importPrefix = (userId: string) => `imports/${userId}/`;

/** DynamoDB's limit on items in one transaction. */
const MAX_TRANSACTION_ITEMS = 100;

const invalid = (errors: RowError[]) =>
  new AppError('IMPORT_INVALID', undefined, [...errors].sort((a, b) => a.row - b.row));

export async function importLedger(key: string, principal: Principal, nowMs: number, attempt = 0): Promise<number> {
  // someone else's upload is, for this caller, simply not there
  const bytes = key.startsWith(importPrefix(principal.userId)) && !key.includes('..') ? await readFile(key) : undefined;
  if (!bytes) throw new AppError('IMPORT_FILE_MISSING');
  const read = await readLedgerRows(bytes);
  if (!read.ok) {
    const message = read.problem === 'header' ? '第 1 行应是模板的表头，请下载模板，按模板填写' : '这个文件打不开，请上传用模板填写的 Excel（.xlsx）';
    throw invalid([{ row: 1, column: '', message }]);
  }
  const people = read.rows.filter((row) => !isBlankRow(row)).length;
  if (people === 0) throw invalid([{ row: 2, column: '', message: '文件里没有人员，请从第 2 行开始填写' }]);
  if (people > IMPORT_MAX_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS');

  const today = weihaiDate(nowMs);
  const { bodies, errors } = validateRows(read.rows, { today, communityExists: (code) => !!findCommunity(code), inScope: (code) => staffCovers(principal, code) });
  const hashes = bodies.map(({ body }) => idHashOf(body.idNumber));
  const existing = await existingIdHashes(hashes);
  bodies.forEach(({ row }, i) => {
    if (existing.has(hashes[i])) errors.push({ row, column: '身份证号', message: '这个身份证号已在就业援助台账中' });
  });
  if (errors.length) throw invalid(errors);

  const rows: AssistedPersonRow[] = bodies.map(({ body }) => newPersonRow(body, principal, nowMs));
  const linked = await withResidents(rows, bodies.map(({ body }) => ({ phone: body.phone, wanted: body.linkResident })));
  const personItems = linked.flatMap(newPersonItems);
  const linkItems = linked.flatMap((row) => (row.linkedUserId ? [residentLinkPut(row.linkedUserId, row.id, row.createdAt)] : []));
  // Links ride in the same transaction when they fit; a full file of 50 (100 items) writes them right after.
  const together = personItems.length + linkItems.length <= MAX_TRANSACTION_ITEMS;
  const outcome = await writePersons(together ? [...personItems, ...linkItems] : personItems);
  if (!outcome.committed) {
    const lost = [...new Set(outcome.failed.filter((i) => i < personItems.length).map((i) => Math.floor(i / 2)))];
    // only links failed: another entry took one of these residents meanwhile; the people go in, that one unlinked
    if (lost.length === 0 && attempt === 0) return importLedger(key, principal, nowMs, attempt + 1);
    if (lost.length === 0) throw new AppError('ASSISTED_PERSON_CHANGED');
    // someone registered one of these people meanwhile: name the rows, as for any other problem
    throw invalid(lost.map((i) => ({ row: bodies[i].row, column: '身份证号', message: '这个身份证号刚刚被登记到台账中' })));
  }
  if (!together) await writeLinksAfter(linked);
  return rows.length;
}

/**
 * Each row's consenting resident, at most once per file: two rows with one phone (a couple giving their child's
 * number) link the first row only, as one resident is linked to one entry.
 */
async function withResidents(rows: AssistedPersonRow[], contacts: { phone: string | null; wanted: boolean }[]): Promise<AssistedPersonRow[]> {
  const found = await Promise.all(rows.map((row, i) => residentToLink(row, contacts[i].phone, contacts[i].wanted)));
  const taken = new Set<string>();
  return rows.map((row, i) => {
    const userId = found[i];
    if (!userId || taken.has(userId)) return row;
    taken.add(userId);
    return { ...row, linkedUserId: userId };
  });
}

/** The links of a full file, one by one: a resident another entry took meanwhile is dropped from its row instead. */
async function writeLinksAfter(rows: AssistedPersonRow[]): Promise<void> {
  await Promise.all(rows.filter((row) => row.linkedUserId).map(async (row) => {
    const outcome = await writePersons([residentLinkPut(row.linkedUserId!, row.id, row.createdAt)]);
    if (!outcome.committed) await writePersons([clearedLinkUpdate(row.id, row.linkedUserId!)]);
  }));
}
