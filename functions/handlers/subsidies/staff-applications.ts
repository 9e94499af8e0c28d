import type { DivisionLevel, ReviewLevel } from '@contract';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { applicationView } from '#commons/subsidies/application-view';
import { PENDING_AT } from '#domain/subsidies/review-flow';
import { listSubsidyQueue } from '#adapters/dynamo/subsidies';

/** The city reviews nothing itself; its default view of 待审核 is the last step, 区市审批. */
const OWN_STEP: Record<DivisionLevel, ReviewLevel> = { community: 'community', street: 'street', district: 'district', city: 'district' };

/**
 * The applications in the caller's division (#59): 待审核 at one review level (by default the caller's own), or
 * those returned, approved or refused; oldest first, so nobody waits longest. Staff in scope get document links.
 */
export const handler = httpHandler('staffSubsidyApplications', async ({ query, principal }) => {
  if (!principal.staff) throw new AppError('FORBIDDEN');
  const status = query.status === 'pending' ? PENDING_AT[query.level ?? OWN_STEP[principal.staff.level]] : query.status;
  const { rows, nextCursor } = await listSubsidyQueue(status, principal.staff.divisionCode, query.limit, query.cursor);
  return { items: await Promise.all(rows.map((row) => applicationView(row, { documentLinks: true }))), nextCursor };
});
