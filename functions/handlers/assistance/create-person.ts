import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { newPersonRow } from '#commons/assistance/person-input';
import { personView } from '#commons/assistance/person-view';
import { linkedResident, residentToLink } from '#commons/assistance/resident-link';
import { weihaiDate } from '#domain/time/weihai-clock';
import { newPersonItems, residentLinkPut, writePersons } from '#adapters/dynamo/assisted-persons';

/**
 * 登记援助对象 (#64): the person, the city-wide 身份证号 uniqueness item and, when a consenting resident has this phone,
 * the resident's link, in one transaction. A 身份证号 already in the ledger is 409 wherever it was registered. When
 * another entry took the resident's link in between, the person is saved unlinked (the second look finds the link).
 */
export const handler = httpHandler('createAssistedPerson', async ({ body, principal }) => {
  const now = Date.now();
  const row = newPersonRow(body, principal, now);
  for (let attempt = 0; ; attempt++) {
    const userId = await residentToLink(row, body.phone, body.linkResident);
    const saved = userId ? { ...row, linkedUserId: userId } : row;
    const personItems = newPersonItems(saved);
    const outcome = await writePersons([...personItems, ...(userId ? [residentLinkPut(userId, saved.id, saved.createdAt)] : [])]);
    if (outcome.committed) return personView(saved, weihaiDate(now), await linkedResident(saved));
    const onlyTheLink = outcome.failed.every((i) => i >= personItems.length);
    if (!onlyTheLink || attempt > 0) throw new AppError(onlyTheLink ? 'ASSISTED_PERSON_CHANGED' : 'ASSISTED_PERSON_EXISTS');
  }
});
