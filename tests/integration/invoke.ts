import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { issueSessionToken } from '../../functions/commons/auth';
import type { Principal } from '../../functions/domain/auth/principal';

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;

export interface InvokeOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
  /** Client address for rate limits; each call gets its own unless a test names one. */
  sourceIp?: string;
}

/** Calls a real handler with an API Gateway HTTP API (payload 2.0) event, as Lambda would. */
export async function invoke(handler: Handler, options: InvokeOptions = {}) {
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: new URLSearchParams(options.query ?? {}).toString(),
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    queryStringParameters: options.query,
    pathParameters: options.params,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    isBase64Encoded: false,
    requestContext: { http: { method: 'GET', path: '/', sourceIp: options.sourceIp ?? `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}` }, requestId: 'test', domainName: 'localhost' },
  } as unknown as APIGatewayProxyEventV2;
  const result = (await handler(event)) as APIGatewayProxyStructuredResultV2;
  return { status: result.statusCode!, headers: result.headers ?? {}, body: result.body ? JSON.parse(result.body) : undefined };
}

export async function tokenFor(principal: Principal) {
  return (await issueSessionToken(principal)).token;
}
