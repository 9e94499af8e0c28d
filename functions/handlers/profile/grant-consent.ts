import { httpHandler } from '#commons/http';
import { profileOf } from '#commons/profile';
import { grantConsent } from '#adapters/dynamo/users';

/** The separate consent PIPL art. 29 asks for before sensitive personal information (困难类别) is processed. */
export const handler = httpHandler('grantConsent', async ({ principal, body }) =>
  profileOf(await grantConsent(principal.userId, body.kind, body.version, new Date().toISOString())),
);
