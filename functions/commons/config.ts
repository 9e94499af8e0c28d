/**
 * Runtime settings, read from the environment on each call so tests and the local stack can set them late.
 * Secrets (JWT_SECRET, PII_KEY, WECHAT_APP_SECRET) come from Secrets Manager on AWS (see serverless.yml).
 */
export type Stage = 'local' | 'dev' | 'test' | 'prod' | string;

export function stage(): Stage {
  return process.env.STAGE ?? 'local';
}

/** Demo logins exist only where there is no real personal data. */
export function devLoginAllowed(): boolean {
  return ['local', 'dev', 'test'].includes(stage());
}

export function tableName(): string {
  const name = process.env.TABLE_NAME;
  if (!name) throw new Error('TABLE_NAME is not set');
  return name;
}

export function requiredSecret(name: 'JWT_SECRET' | 'PII_KEY'): string {
  const value = process.env[name];
  if (!value || value.length < 32) throw new Error(`${name} is missing or shorter than 32 characters`);
  return value;
}

export interface WechatSettings {
  appId: string;
  appSecret: string;
  apiBase: string;
}

export function wechatSettings(): WechatSettings | null {
  const appId = process.env.WECHAT_APP_ID;
  const appSecret = process.env.WECHAT_APP_SECRET;
  if (!appId || !appSecret) return null;
  return { appId, appSecret, apiBase: process.env.WECHAT_API_BASE || 'https://api.weixin.qq.com' };
}

/** Session lifetime: a week, so an older resident is not logged out between visits. */
export const SESSION_TTL_SECONDS = 7 * 24 * 3600;

/** API Gateway allows far more; nothing this app accepts as JSON is legitimately bigger. */
export const MAX_BODY_BYTES = 64 * 1024;
