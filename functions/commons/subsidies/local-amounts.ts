import { UNCONFIGURED, type LocalAmounts } from '#domain/subsidies/policy-catalog';
import { logger } from '../logger';

/**
 * Amounts the policies leave to the local standard (一次性吸纳就业补贴, 社会保险补贴), from SUBSIDY_AMOUNTS, e.g.
 * `{"hiring-subsidy":1000}`. Anything missing or malformed stays null, which residents read as 「以当地公布标准为准」:
 * a typo in the deployment must never turn into a 500 or a made-up figure.
 */
let warnedAbout: string | undefined;

export function localAmounts(raw = process.env.SUBSIDY_AMOUNTS): LocalAmounts {
  if (!raw?.trim()) return UNCONFIGURED;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    if (warnedAbout !== raw) logger.warn('SUBSIDY_AMOUNTS is not a JSON object; local amounts stay unconfigured');
    warnedAbout = raw;
    return UNCONFIGURED;
  }
  const value = (id: keyof LocalAmounts) => {
    const yuan = (parsed as Record<string, unknown>)[id];
    return typeof yuan === 'number' && Number.isSafeInteger(yuan) && yuan > 0 ? yuan : null;
  };
  return { 'hiring-subsidy': value('hiring-subsidy'), 'social-insurance-subsidy': value('social-insurance-subsidy') };
}
