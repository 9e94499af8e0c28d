import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { readablePii } from '#commons/pii';
import { requirePerson } from '#commons/assistance/access';
import { editedPersonRow } from '#commons/assistance/person-input';
import { editVersionOf } from '#commons/assistance/edit-version';
import { personView } from '#commons/assistance/person-view';
import { linkedResident, residentToLink } from '#commons/assistance/resident-link';
import { weihaiDate } from '#domain/time/weihai-clock';
import { personUpdateItem, residentLinkDelete, residentLinkPut, writePersons } from '#adapters/dynamo/assisted-persons';

/**
 * 修改援助对象 (#64): only over the edit the editor saw (409 ASSISTED_PERSON_CHANGED otherwise; services recorded
 * meanwhile are kept, the write is conditional on the version read just now), with both the old and
 * the new community in the editor's scope. A new phone (or 关联 newly ticked) looks for the resident again; the link of
 * a resident the entry no longer points at is removed in the same transaction, so that resident can be linked again.
 */
export const handler = httpHandler('updateAssistedPerson', async ({ params, body, principal }) => {
  const now = Date.now();
  const row = await requirePerson(params.personId, principal);
  if (editVersionOf(row) !== body.expectedVersion) throw new AppError('ASSISTED_PERSON_CHANGED');
  const edited = editedPersonRow(row, body, principal, now);
  const phone = readablePii(edited.phoneEnc);
  const phoneChanged = readablePii(row.phoneEnc) !== phone;
  const relink = body.linkResident && (phoneChanged || !row.linkedUserId);
  const userId = relink ? await residentToLink(edited, phone, true) : edited.linkedUserId;
  const saved = { ...edited, linkedUserId: userId };
  const linkItems = [
    ...(row.linkedUserId && row.linkedUserId !== userId ? [residentLinkDelete(row.linkedUserId, saved.id)] : []),
    ...(userId && userId !== row.linkedUserId ? [residentLinkPut(userId, saved.id, saved.updatedAt)] : []),
  ];
  const outcome = await writePersons([personUpdateItem(saved, row.version), ...linkItems]);
  if (!outcome.committed) throw new AppError('ASSISTED_PERSON_CHANGED');
  return personView(saved, weihaiDate(now), await linkedResident(saved));
});
