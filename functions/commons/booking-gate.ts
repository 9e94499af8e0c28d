import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { admitted } from './admission';
import { toErrorResponse } from './http';

/**
 * Per bookable (a gig, a fair, a class), this many joins work at once in one process; more wait their turn, up to
 * 4 s (well inside the 10 s function timeout), then get 429 "try again". The integration tests lift the limit to hit
 * the engine with full concurrency.
 */
const concurrentPerBookable = () => Number(process.env.SIGNUP_CONCURRENCY_PER_JOB ?? 8);
const MAX_WAIT_MS = 4000;

type Handler = (event: APIGatewayProxyEventV2, context?: Context) => Promise<APIGatewayProxyResultV2>;

/**
 * A join route behind the admission gate of the bookable it names. The gate stands before everything else, the
 * idempotency record included, so a waiting request costs the database nothing.
 */
export function behindBookingGate(routeId: string, bookableOf: (event: APIGatewayProxyEventV2) => string, handler: Handler): Handler {
  return (event, context) =>
    admitted(bookableOf(event), concurrentPerBookable(), MAX_WAIT_MS, () => handler(event, context)).catch((error) => toErrorResponse(error, routeId));
}
