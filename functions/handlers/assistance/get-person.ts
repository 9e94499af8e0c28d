import { httpHandler } from '#commons/http';
import { requirePerson } from '#commons/assistance/access';
import { personView, serviceView } from '#commons/assistance/person-view';
import { linkedResident } from '#commons/assistance/resident-link';
import { windowOf } from '#domain/assistance/window';
import { weihaiDate } from '#domain/time/weihai-clock';
import { servicesSince } from '#adapters/dynamo/service-records';

/** The person page (#66): the entry, its 「12333」 progress and the service records of the rolling 12 months. */
export const handler = httpHandler('getAssistedPerson', async ({ params, principal }) => {
  const today = weihaiDate(Date.now());
  const row = await requirePerson(params.personId, principal);
  const [services, linked] = await Promise.all([servicesSince(row.id, windowOf(today).from), linkedResident(row)]);
  return { ...personView(row, today, linked), services: services.map(serviceView) };
});
