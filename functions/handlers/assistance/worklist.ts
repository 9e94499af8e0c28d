import { httpHandler } from '#commons/http';
import { wholeListDivision } from '#commons/assistance/access';
import { personView } from '#commons/assistance/person-view';
import { linkedResidents } from '#commons/assistance/resident-link';
import { rankBehind } from '#commons/assistance/worklist';
import { weihaiDate } from '#domain/time/weihai-clock';
import { allPersons } from '#adapters/dynamo/assisted-persons';

/** 「12333」待办: who is behind on which service in the viewer's area, most urgent first (#66). */
export const handler = httpHandler('worklist', async ({ query, principal }) => {
  const today = weihaiDate(Date.now());
  const ranked = rankBehind(await allPersons(wholeListDivision(principal, query.division)), today);
  const top = ranked.slice(0, query.limit);
  const linked = await linkedResidents(top.map((item) => item.row));
  return {
    items: top.map((item) => ({ person: personView(item.row, today, linked.get(item.id) ?? null), missing: item.missing, urgency: item.urgency.urgency, urgencyLabel: item.urgency.label })),
    totalBehind: ranked.length,
  };
});
