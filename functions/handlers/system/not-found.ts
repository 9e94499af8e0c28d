import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { AppError } from '#commons/errors';
import { errorResponse } from '#commons/http';

/** The API's $default route: any path or method not in the route table gets the one error shape, not the gateway's. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> =>
  errorResponse(new AppError('ROUTE_NOT_FOUND', undefined, { method: event.requestContext?.http?.method, path: event.rawPath }));
