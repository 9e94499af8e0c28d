import { EVENT_REGISTRATION_LABEL } from '@contract';
import { httpHandler } from '#commons/http';
import { eventInStaffScope } from '#commons/events';
import { decryptPii } from '#commons/pii';
import { findCommunity } from '#domain/divisions/catalog';
import { eventView } from '#domain/events/view';
import { maskPhone } from '#domain/privacy/mask';
import { listRegistrationsOfEvent } from '#adapters/dynamo/events';
import { getUsers } from '#adapters/dynamo/users';

/** Seat holders first, then the queue in order, then who cancelled. */
const STATUS_ORDER = { registered: 0, waitlisted: 1, cancelled: 2 } as const;

/** 报名名单 for staff over the event's community; phones masked: enough to tell people apart on the day, never a full number in a list. */
export const handler = httpHandler('eventRoster', async ({ params, principal }) => {
  const now = Date.now();
  const event = await eventInStaffScope(params.eventId, principal);
  const rows = (await listRegistrationsOfEvent(event.id)).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.id.localeCompare(b.id));
  const users = await getUsers(rows.map((row) => row.userId));
  const items = rows.map((row) => {
    const user = users.get(row.userId);
    const home = user?.homeCommunityCode ? findCommunity(user.homeCommunityCode) : undefined;
    return {
      registrationId: row.id,
      name: user?.name ?? '（已注销）',
      phoneMasked: user?.phoneEnc ? maskPhone(decryptPii(user.phoneEnc)) : null,
      homeCommunityName: home?.name ?? null,
      status: row.status,
      statusLabel: EVENT_REGISTRATION_LABEL[row.status],
      createdAt: row.createdAt,
    };
  });
  return { event: eventView(event, { now }), items };
});
