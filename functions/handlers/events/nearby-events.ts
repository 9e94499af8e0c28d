import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { viewerCentre } from '#commons/nearest-community';
import { DAY_MS } from '#domain/time/weihai-clock';
import { inNearbyWindow, MAX_EVENT_DAYS, NEARBY_WINDOW_DAYS, startRange } from '#domain/events/rules';
import { eventView } from '#domain/events/view';
import { listEventsStarting } from '#adapters/dynamo/events';

/** Fairs in the caller's district over the next 30 days: from the given position, else the resident's home community. */
export const handler = httpHandler('nearbyEvents', async ({ query, principal }) => {
  const now = Date.now();
  const given = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
  const centre = await viewerCentre(given, principal);
  if (!centre) throw new AppError(principal?.role === 'resident' ? 'HOME_COMMUNITY_REQUIRED' : 'LOCATION_REQUIRED');
  const { origin, districtCode } = centre;
  // Outside Weihai there is no district to list, which is simply "no fairs near you".
  if (!districtCode) return { items: [] };
  // Read back a fair's longest length so ones already under way are found too (start-time index).
  const rows = await listEventsStarting([districtCode], startRange(now, MAX_EVENT_DAYS * DAY_MS, NEARBY_WINDOW_DAYS));
  return { items: rows.filter((row) => inNearbyWindow(row, now)).map((row) => eventView(row, { now, origin })) };
});
