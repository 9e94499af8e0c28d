import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { staffCovers } from '#domain/auth/scope';
import { DAY_MS } from '#domain/time/weihai-clock';
import { districtsOf } from '#domain/divisions/catalog';
import { inStaffWindow, MAX_EVENT_DAYS, startRange, STAFF_LOOKBACK_DAYS } from '#domain/events/rules';
import { eventView } from '#domain/events/view';
import { listEventsStarting } from '#adapters/dynamo/events';

/** How far ahead staff see: events are planned weeks, not years, ahead. */
const STAFF_AHEAD_DAYS = 366;

export const handler = httpHandler('staffEvents', async ({ principal }) => {
  const now = Date.now();
  if (!principal.staff) throw new AppError('FORBIDDEN');
  const rows = await listEventsStarting(districtsOf(principal.staff.divisionCode), startRange(now, (MAX_EVENT_DAYS + STAFF_LOOKBACK_DAYS) * DAY_MS, STAFF_AHEAD_DAYS));
  const items = rows.filter((row) => staffCovers(principal, row.communityCode) && inStaffWindow(row, now)).map((row) => eventView(row, { now }));
  return { items };
});
