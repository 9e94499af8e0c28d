import { httpHandler } from '#commons/http';
import { eventForViewer } from '#commons/events';
import { requireEvent } from '#adapters/dynamo/events';

export const handler = httpHandler('getEvent', async ({ params, principal }) => eventForViewer(await requireEvent(params.eventId), principal, Date.now()));
