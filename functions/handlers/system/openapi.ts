import { buildOpenApiDocument } from '@contract/openapi';
import { httpHandler } from '#commons/http';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const handler = httpHandler('openapi', async ({ event }) => {
  document ??= buildOpenApiDocument(process.env.PUBLIC_API_URL || `https://${event.requestContext?.domainName ?? 'localhost'}`);
  return document;
});
