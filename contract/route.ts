import type { z } from 'zod';
import type { Role } from './auth';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Who may call a route. Staff scope (which divisions) is checked by the handler against the resource. */
export type RouteAccess = 'public' | { roles: readonly Role[] };

/**
 * One API route as data: the server validates against it, the client is typed by it,
 * and the OpenAPI document is generated from it.
 */
export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  params?: P;
  query?: Q;
  body?: B;
  /** The success status and body schema. `raw` routes (openapi.json, docs) return non-JSON or unvalidated bodies. */
  success: { status: 200 | 201; schema: R } | { status: 200; raw: 'json' | 'html' };
  /** Error statuses this route can answer besides 400/401/403/500, for the docs. */
  errors?: readonly number[];
  /** Honours an `Idempotency-Key` header. */
  idempotent?: boolean;
  /** Path parameter holding a division code that staff callers must cover (their division or beneath it). */
  staffScopeParam?: string;
  /** Requests per minute per client address; past it, 429. */
  rateLimitPerMinute?: number;
}

/** Keeps the literal type of each route, so absent params/query/body stay absent in the inferred types. */
export function defineRoute<const T extends RouteDef>(route: T): T {
  return route;
}
