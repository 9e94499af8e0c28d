import { weihaiClock } from '../time/weihai-clock';
import { isShift } from './filters';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const local = (iso: string) => weihaiClock(Date.parse(iso)).asUtcFields;
const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
const dayText = (d: Date) => `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`;

/** When the work is, in words a resident reads at a glance (Weihai time). */
export function scheduleText(startsAt: string, endsAt: string): string {
  const start = local(startsAt);
  const end = local(endsAt);
  if (isShift({ startsAt, endsAt })) return `${dayText(start)} ${hhmm(start)}-${hhmm(end)}`;
  return `${start.getUTCFullYear()}年${dayText(start)}起，长期岗位（每天 ${hhmm(start)}-${hhmm(end)}），至 ${end.getUTCFullYear()}年${end.getUTCMonth() + 1}月${end.getUTCDate()}日`;
}
