import { httpHandler } from '#commons/http';
import { profileOf } from '#commons/profile';
import { withdrawConsent } from '#adapters/dynamo/users';

export const handler = httpHandler('withdrawConsent', async ({ principal, params }) =>
  profileOf(await withdrawConsent(principal.userId, params.kind, new Date().toISOString())),
);
