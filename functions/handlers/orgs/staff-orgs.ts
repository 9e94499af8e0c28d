import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { staffOrgResponse } from '#commons/orgs';
import { keys } from '#adapters/dynamo/keys';
import type { OrgRow } from '#adapters/dynamo/orgs';
import { readDivisionQueue } from '#adapters/dynamo/staff-queues';

/** Organisations in the caller's division by status; the oldest submission first, so nobody waits longest. */
export const handler = httpHandler('staffOrgs', async ({ query, principal }) => {
  if (!principal.staff) throw new AppError('FORBIDDEN');
  const { items, nextCursor } = await readDivisionQueue(
    (district) => keys.orgQueuePartition(query.status, district), principal.staff.divisionCode, query.limit, query.cursor, true, 'GSI2',
  );
  return { items: await Promise.all((items as unknown as OrgRow[]).map(staffOrgResponse)), nextCursor };
});
