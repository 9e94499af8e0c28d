import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { ERRORS, routes, type ErrorBody, type RouteId, type RouteDef } from '@contract';
import { z } from 'zod';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { takeToken } from '#adapters/dynamo/rate-limit';
import { principalFromAuthorization } from './auth';
import { MAX_BODY_BYTES } from './config';
import { AppError, invalidCursor } from './errors';
import { checkIdempotencyKey, runOnce } from './idempotency';
import { logger } from './logger';

// Checks a schema leaves without its own Chinese message (limits on hand-made requests) speak Chinese too.
z.config(z.locales.zhCN());

type Route = (typeof routes)[RouteId];
type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;
type SuccessBody<R extends Route> = R['success'] extends { schema: infer S extends z.ZodType } ? z.input<S> : string | object;

export interface HttpRequest<R extends Route> {
  params: Parsed<R extends { params: infer P } ? P : undefined>;
  query: Parsed<R extends { query: infer Q } ? Q : undefined>;
  body: Parsed<R extends { body: infer B } ? B : undefined>;
  /** Present on every route whose access is not public. */
  principal: R['access'] extends 'public' ? Principal | undefined : Principal;
  headers: Record<string, string | undefined>;
  event: APIGatewayProxyEventV2;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResultV2 {
  return { statusCode: status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

export function errorResponse(error: AppError): APIGatewayProxyResultV2 {
  const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
  return jsonResponse(error.status, body, error.code === 'BUSY' || error.code === 'RATE_LIMITED' ? { 'retry-after': '3' } : {});
}

/** zod issues → `[{ field, message }]` with the schema's Chinese messages. */
function validationError(error: z.ZodError, where: 'params' | 'query' | 'body'): AppError {
  const fields = error.issues.map((issue) => ({ field: [where, ...issue.path].join('.'), message: issue.message }));
  const first = fields[0]?.message;
  return new AppError('VALIDATION_FAILED', first ? `填写的内容有误：${first}` : undefined, fields);
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown, where: 'params' | 'query' | 'body') {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, where);
  return result.data;
}

function readBody(event: APIGatewayProxyEventV2, route: RouteDef): unknown {
  const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `提交的内容太大了（上限 ${MAX_BODY_BYTES / 1024} KB）`);
  if (!route.body) return undefined;
  if (raw.trim() === '') return {};
  const contentType = lowerCaseHeaders(event.headers)['content-type'] ?? 'application/json';
  if (!/^application\/json\b/i.test(contentType)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('MALFORMED_JSON');
  }
}

function lowerCaseHeaders(headers: APIGatewayProxyEventV2['headers'] | undefined): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
}

/** Staff reach only their own division and what lies beneath it; the route names the parameter to check. */
function enforceStaffScope(route: RouteDef, principal: Principal | undefined, params: unknown) {
  if (!route.staffScopeParam || principal?.role !== 'staff') return;
  const code = (params as Record<string, string>)[route.staffScopeParam];
  if (!staffCovers(principal, code)) throw new AppError('OUT_OF_SCOPE');
}

async function enforceRateLimit(route: RouteDef, event: APIGatewayProxyEventV2) {
  if (!route.rateLimitPerMinute) return;
  const client = event.requestContext?.http?.sourceIp ?? 'unknown';
  if (!(await takeToken(`${route.id}#${client}`, route.rateLimitPerMinute))) throw new AppError('RATE_LIMITED');
}

async function authorise(route: RouteDef, headers: Record<string, string | undefined>): Promise<Principal | undefined> {
  if (route.access === 'public') {
    return headers.authorization ? principalFromAuthorization(headers.authorization).catch(() => undefined) : undefined;
  }
  const principal = await principalFromAuthorization(headers.authorization);
  if (!route.access.roles.includes(principal.role)) throw new AppError('FORBIDDEN');
  return principal;
}

/**
 * The edge of every route: size limit, JSON parsing, auth and role, input validation against the contract,
 * the use-case, output validation, and one error shape. Nothing thrown escapes as a 200 or a stack trace.
 */
export function httpHandler<K extends RouteId>(
  routeId: K,
  implementation: (request: HttpRequest<Routes[K]>) => Promise<SuccessBody<Routes[K]>>,
) {
  const route = routes[routeId] as RouteDef;
  return async (event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyResultV2> => {
    try {
      const headers = lowerCaseHeaders(event.headers);
      const body = readBody(event, route);
      const principal = await authorise(route, headers);
      const params = parse(route.params, event.pathParameters ?? {}, 'params');
      enforceStaffScope(route, principal, params);
      await enforceRateLimit(route, event);
      const request = {
        params,
        query: parse(route.query, event.queryStringParameters ?? {}, 'query'),
        body: parse(route.body, body, 'body'),
        principal,
        headers,
        event,
      } as HttpRequest<Routes[K]>;
      const idempotencyKey = route.idempotent ? headers['idempotency-key'] : undefined;
      const result = idempotencyKey
        ? await runOnce(
            { routeId, principalId: principal?.userId ?? 'anonymous', key: checkIdempotencyKey(idempotencyKey) },
            { params: request.params, body: request.body },
            () => implementation(request),
            context,
          )
        : await implementation(request);
      const success = route.success;
      if ('raw' in success) {
        return success.raw === 'html'
          ? { statusCode: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: String(result) }
          : jsonResponse(200, result, { 'cache-control': 'public, max-age=60' });
      }
      const checked = success.schema.safeParse(result);
      if (!checked.success) {
        logger.error('response failed its contract', { routeId, issues: checked.error.issues.map((i) => ({ path: i.path, code: i.code })) });
        throw new AppError('INTERNAL');
      }
      return jsonResponse(success.status, checked.data);
    } catch (error) {
      // DynamoDB refuses a start key from another list; the only way to send one is a hand-edited cursor.
      if ((error as Error)?.name === 'ValidationException' && event.queryStringParameters?.cursor) {
        return errorResponse(invalidCursor());
      }
      return toErrorResponse(error, routeId);
    }
  };
}

type Routes = typeof routes;

/** DynamoDB saying "too much at once": the request did not happen, and the caller should simply try again shortly. */
const OVERLOAD = new Set(['TimeoutError', 'ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'TransactionInProgressException']);

export function toErrorResponse(error: unknown, routeId: string): APIGatewayProxyResultV2 {
  if (OVERLOAD.has((error as Error)?.name)) {
    logger.warn('overloaded', { routeId, errorName: (error as Error).name });
    return errorResponse(new AppError('BUSY'));
  }
  if (error instanceof AppError) {
    if (error.status >= 500) logger.warn('request failed', { routeId, code: error.code });
    return errorResponse(error);
  }
  // Only the error's name and stack go to the log: messages from libraries can echo input values.
  logger.error('unhandled error', { routeId, errorName: (error as Error)?.name, stack: (error as Error)?.stack });
  return errorResponse(new AppError('INTERNAL', ERRORS.INTERNAL.message));
}
