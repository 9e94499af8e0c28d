import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * Local-only secrets, made once and kept in the data folder, so a restart keeps sessions valid and
 * encrypted phone numbers readable. On AWS the same values come from Secrets Manager.
 */
export function loadLocalSecrets(dataDir: string): { JWT_SECRET: string; PII_KEY: string } {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), PII_KEY: randomBytes(32).toString('base64') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
