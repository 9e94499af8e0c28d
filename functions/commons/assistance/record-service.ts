import { ulid } from 'ulid';
import { keptDates } from '#domain/assistance/window';
import { weihaiDate } from '#domain/time/weihai-clock';
import { getPerson, type AssistedPersonRow } from '#adapters/dynamo/assisted-persons';
import { serviceItems, type ServiceRecordRow } from '#adapters/dynamo/service-records';
import { AppError } from '../errors';
import { transact, type TransactItem } from '../transact';

/** What a service is, as the caller knows it; the record adds its id, person and time. */
export type ServiceInput = Omit<ServiceRecordRow, 'id' | 'personId' | 'createdAt'>;

export type ServiceOutcome = { committed: true; person: AssistedPersonRow; record: ServiceRecordRow } | { committed: false };

const ATTEMPTS = 8;

/**
 * One service into the 「12333」 record (#65), staff-made or automatic: the record, the person's service dates and any
 * extra item (the resident's inbox note) commit together. Two services for one person at once both count: the
 * write is conditional on the person's version, and the loser reads again. A repeated automatic record (same
 * source and reference) is reported as a duplicate and writes nothing.
 */
export async function commitService(
  personId: string,
  input: ServiceInput,
  nowMs: number,
  extraItems: (person: AssistedPersonRow) => TransactItem[] = () => [],
): Promise<ServiceOutcome> {
  const now = new Date(nowMs).toISOString();
  const today = weihaiDate(nowMs);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const person = await getPerson(personId);
    if (!person) throw new AppError('ASSISTED_PERSON_NOT_FOUND');
    const serviceDates = { ...person.serviceDates, [input.type]: keptDates([...(person.serviceDates[input.type] ?? []), input.date], today) };
    const record: ServiceRecordRow = { id: `svc-${ulid().toLowerCase()}`, personId, ...input, createdAt: now };
    const outcome = await transact([...serviceItems(record, serviceDates, person.version, now), ...extraItems(person)]);
    if (outcome.committed) return { committed: true, person: { ...person, serviceDates, version: person.version + 1, updatedAt: now }, record };
    // index 0 is the record, 2 the automatic marker: either existing means this service was recorded already
    if (outcome.failed.some((index) => index === 0 || (input.source === 'auto' && index === 2))) return { committed: false };
  }
  throw new AppError('BUSY', '这条台账正在被频繁修改，请稍等几秒再试');
}
