import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { newPersonRow } from '#commons/assistance/person-input';
import { personView } from '#commons/assistance/person-view';
import { linkedResident, residentToLink } from '#commons/assistance/resident-link';
import { weihaiDate } from '#domain/time/weihai-clock';
import { newPersonItems, residentLinkPut, writePersons } from '#adapters/dynamo/assisted-persons';

/**
 * 登记援助对象 (#64): the person, the city-wide 身份证号 uniqueness item and, when a consenting resident has this phone,
 * the resident's link, in one transaction. A 身份证号 already in the ledger is 409 wherever it was registered.
 */
export const handler = httpHandler('createAssistedPerson', async ({ body, principal }) => {
  const now = Date.now();
  const row = newPersonRow(body, principal, now);
  const userId = await residentToLink(row, body.phone, body.linkResident);
  const saved = userId ? { ...row, linkedUserId: userId } : row;
  const outcome = await writePersons([...newPersonItems(saved), ...(userId ? [residentLinkPut(userId, saved.id, saved.createdAt)] : [])]);
  if (!outcome.committed) throw new AppError('ASSISTED_PERSON_EXISTS');
  return personView(saved, weihaiDate(now), await linkedResident(saved));
});
