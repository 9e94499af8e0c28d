import { ulid } from 'ulid';
import type { CreateAssistedPersonBodySchema, UpdateAssistedPersonBodySchema } from '@contract';
import type { z } from 'zod';
import type { Principal } from '#domain/auth/principal';
import { firstHistory, nextHistory, type StatusProblem } from '#domain/assistance/status-history';
import { isTracked } from '#domain/assistance/tracking';
import { findCommunity } from '#domain/divisions/catalog';
import { checkIdNumber } from '#domain/profile/id-number';
import { weihaiDate } from '#domain/time/weihai-clock';
import type { AssistedPersonRow } from '#adapters/dynamo/assisted-persons';
import { AppError } from '../errors';
import { encryptPii } from '../pii';
import { idHashOf, validIdNumber } from '../subsidies/identity';
import { assertCovers } from './access';
import { editVersionOf } from './edit-version';

export type CreateBody = z.output<typeof CreateAssistedPersonBodySchema>;
export type UpdateBody = z.output<typeof UpdateAssistedPersonBodySchema>;

/** A field-level 400 in the same shape the contract's own validation gives, so the form puts it under the field. */
const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', `填写的内容有误：${message}`, [{ field: `body.${field}`, message }]);

const statusProblem = (problem: StatusProblem) => invalid(problem.field, problem.message);

/** A real Weihai community the caller covers (404 / 403 otherwise). */
export function checkedCommunity(principal: Principal, code: string): string {
  if (!findCommunity(code)) throw new AppError('COMMUNITY_NOT_FOUND');
  assertCovers(principal, code);
  return code;
}

function checkedUnemploymentDate(date: string | null, today: string): string | null {
  if (date && date > today) throw invalid('unemploymentRegisteredOn', '失业登记日期不能晚于今天');
  return date;
}

type StatusHistory = AssistedPersonRow['statusHistory'];
type FormFields = Pick<AssistedPersonRow, 'name' | 'categories' | 'unemploymentRegisteredOn' | 'status' | 'statusSince' | 'employerName' | 'statusHistory' | 'note'>;

/** What 登记 and 修改 both take from the form: the person's details, and the status as the history now ends. */
function formFields(body: CreateBody | UpdateBody, history: StatusHistory, today: string): FormFields {
  const current = history[history.length - 1];
  return {
    name: body.name,
    categories: [...new Set(body.categories)],
    unemploymentRegisteredOn: checkedUnemploymentDate(body.unemploymentRegisteredOn, today),
    status: current.status,
    statusSince: current.since,
    employerName: current.employerName,
    statusHistory: history,
    note: body.note,
  };
}

/** A new ledger entry from the 登记 form or an import row; the 身份证号 is checked (GB 11643) and sealed here. */
export function newPersonRow(body: CreateBody, principal: Principal, nowMs: number, id = `ap-${ulid().toLowerCase()}`): AssistedPersonRow {
  const today = weihaiDate(nowMs);
  const now = new Date(nowMs).toISOString();
  const idNumber = validIdNumber(body.idNumber, 'body.idNumber');
  const birth = checkIdNumber(idNumber);
  const communityCode = checkedCommunity(principal, body.communityCode);
  const history = firstHistory({ status: body.status, since: body.statusSince, employerName: body.employerName }, today, now);
  if (!history.ok) throw statusProblem(history.problem);
  const row: AssistedPersonRow = {
    id,
    ...formFields(body, history.history, today),
    idNumberEnc: encryptPii(idNumber),
    idHash: idHashOf(idNumber),
    phoneEnc: body.phone ? encryptPii(body.phone) : null,
    birthYear: birth.ok ? birth.birthYear : 0,
    communityCode,
    tracked: false,
    serviceDates: {},
    linkedUserId: null,
    createdBy: principal.userId,
    version: 1,
    editVersion: 1,
    createdAt: now,
    updatedAt: now,
  };
  return { ...row, tracked: isTracked(row) };
}

/** The entry as edited; the 身份证号 and service dates stay as they are, a status change goes into the history. */
export function editedPersonRow(row: AssistedPersonRow, body: UpdateBody, principal: Principal, nowMs: number): AssistedPersonRow {
  const today = weihaiDate(nowMs);
  const now = new Date(nowMs).toISOString();
  const communityCode = body.communityCode === row.communityCode ? row.communityCode : checkedCommunity(principal, body.communityCode);
  const history = nextHistory(row.statusHistory, { status: body.status, since: body.statusSince, employerName: body.employerName }, today, now);
  if (!history.ok) throw statusProblem(history.problem);
  const edited: AssistedPersonRow = {
    ...row,
    ...formFields(body, history.history, today),
    // left out: the number stays as stored (staff only ever see it masked)
    phoneEnc: body.phone === undefined ? row.phoneEnc : body.phone ? encryptPii(body.phone) : null,
    communityCode,
    // unticking 关联 unlinks; a (new) phone is looked up again by the handler
    linkedUserId: body.linkResident ? row.linkedUserId : null,
    version: row.version + 1,
    editVersion: editVersionOf(row) + 1,
    updatedAt: now,
  };
  return { ...edited, tracked: isTracked(edited) };
}
