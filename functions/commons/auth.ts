import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { RoleSchema, DivisionLevelSchema } from '@contract';
import { z } from 'zod';
import type { Principal } from '#domain/auth/principal';
import { requiredSecret, SESSION_TTL_SECONDS, stage } from './config';
import { AppError } from './errors';

const ISSUER = 'doorstep-jobs';

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  role: RoleSchema,
  staff: z.object({ level: DivisionLevelSchema, divisionCode: z.string() }).optional(),
  orgId: z.string().optional(),
});

const secretKey = () => new TextEncoder().encode(requiredSecret('JWT_SECRET'));

export async function issueSessionToken(principal: Principal, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAtSeconds = issuedAt + SESSION_TTL_SECONDS;
  const token = await new SignJWT({ role: principal.role, staff: principal.staff, orgId: principal.orgId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(principal.userId)
    .setIssuer(ISSUER)
    .setAudience(stage())
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAtSeconds)
    .sign(secretKey());
  return { token, expiresAt: new Date(expiresAtSeconds * 1000).toISOString() };
}

/** Verifies a `Bearer` header; every failure is a 401 with a reason the client can show. */
export async function principalFromAuthorization(header: string | undefined): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new AppError('UNAUTHENTICATED');
  try {
    const { payload } = await jwtVerify(match[1], secretKey(), { issuer: ISSUER, audience: stage(), algorithms: ['HS256'] });
    const claims = ClaimsSchema.parse(payload);
    return { userId: claims.sub, role: claims.role, staff: claims.staff, orgId: claims.orgId };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new AppError('TOKEN_EXPIRED');
    throw new AppError('TOKEN_INVALID');
  }
}
