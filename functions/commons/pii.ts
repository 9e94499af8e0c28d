import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { requiredSecret } from './config';

/**
 * Personal data (phone, 身份证号) is stored only as AES-256-GCM ciphertext, `v1.<iv>.<tag>.<data>` in base64url.
 * PII_KEY is 32 random bytes, base64-encoded.
 */
const VERSION = 'v1';

function key(): Buffer {
  const raw = Buffer.from(requiredSecret('PII_KEY'), 'base64');
  if (raw.length !== 32) throw new Error('PII_KEY must decode to 32 bytes');
  return raw;
}

export function encryptPii(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

export function decryptPii(sealed: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !data) throw new Error('unrecognised PII ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

/** Keyed hash for equality lookups (e.g. "is this phone already registered") without storing the value. */
export function piiLookupHash(plain: string): string {
  return createHmac('sha256', key()).update(plain).digest('base64url');
}

/**
 * A stored number shown masked, or 「—」 when the ciphertext cannot be read (a rotated key, a damaged item): one bad
 * item must not take a whole list or export down with it.
 */
export function maskedPii(sealed: string | null | undefined, mask: (plain: string) => string): string | null {
  if (!sealed) return null;
  try {
    return mask(decryptPii(sealed));
  } catch {
    return '—';
  }
}

/** A stored number in plain text for a comparison, or null when there is none or it cannot be read. */
export function readablePii(sealed: string | null | undefined): string | null {
  if (!sealed) return null;
  try {
    return decryptPii(sealed);
  } catch {
    return null;
  }
}
