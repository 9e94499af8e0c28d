import { httpHandler } from '#commons/http';
import { divisionFor } from '#commons/assistance/access';
import { ledgerPage } from '#commons/assistance/ledger-page';
import { personView } from '#commons/assistance/person-view';
import { linkedResidents } from '#commons/assistance/resident-link';
import { weihaiDate } from '#domain/time/weihai-clock';

/** 就业援助台账 of the viewer's division (or a division beneath it), in community order (#63). */
export const handler = httpHandler('listAssistedPersons', async ({ query, principal }) => {
  const today = weihaiDate(Date.now());
  const division = divisionFor(principal, query.division);
  const page = await ledgerPage(division, { category: query.category, behind: query.behind }, query.limit, query.cursor, today);
  const linked = await linkedResidents(page.rows);
  return { items: page.rows.map((row) => personView(row, today, linked.get(row.id) ?? null)), nextCursor: page.nextCursor };
});
