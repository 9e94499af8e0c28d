import type { Dashboard } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { buildDashboard, currentYear, dashboardReads } from '#domain/stats/dashboard';
import { divisionOf } from '#domain/labour-demand/aggregate';
import { readCounters } from '#adapters/dynamo/stats';
import { AppError } from './errors';

/**
 * One division's dashboard for staff (view and export alike): their own division by default, or any beneath it;
 * this year unless a period is asked for. Reads only counter items (#68): 2 + 2 × children, never a scan.
 */
export async function loadDashboard(principal: Principal, query: { division?: string; period?: string }, now = Date.now()): Promise<Dashboard> {
  const code = query.division ?? principal.staff?.divisionCode;
  if (!code) throw new AppError('OUT_OF_SCOPE');
  if (!divisionOf(code)) throw new AppError('DIVISION_NOT_FOUND');
  if (!staffCovers(principal, code)) throw new AppError('OUT_OF_SCOPE');
  const period = query.period ?? currentYear(now);
  const counters = await readCounters(dashboardReads(code, period));
  return buildDashboard(code, period, counters)!;
}
