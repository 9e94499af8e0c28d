import fc from 'fast-check';
import { SERVICE_TYPES } from '@contract';
import { statDeltas, type Image } from './deltas';
import type { Counters } from './metrics';
import { recount } from './recount';
import { applyUpdates, counterKey, counterUpdates } from './rollup';
import { weihaiDate } from '../time/weihai-clock';

/**
 * The acceptance test: after a random sequence of state changes — including redelivered stream records,
 * no-op rewrites, moves between communities and deletes — the counters the stream consumer keeps (deltas applied
 * once per record) equal a recount from the final items, and a few headline figures equal what an independent
 * oracle counted from the operations themselves.
 */
const COMMUNITIES = ['371002002001', '371002002002', '371002001003', '371083001001'];
const SIGNUP_TO = ['approved', 'rejected', 'cancelled', 'checked_in', 'completed', 'no_show'] as const;
const SUBSIDY_TO = ['pending-community', 'pending-street', 'pending-district', 'returned', 'approved', 'rejected'] as const;
const STATUSES = ['待业', '灵活就业', '已就业', '公益性岗位安置'] as const;
const CATEGORIES = ['零就业家庭', '大龄', '残疾', '长期失业'] as const;

const community = fc.integer({ min: 0, max: COMMUNITIES.length - 1 });
const target = fc.nat(50);
const command = fc.oneof(
  fc.record({ kind: fc.constant('job' as const), community, publish: fc.boolean(), headcount: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('editJob' as const), target, community, publish: fc.boolean(), headcount: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('closeJob' as const), target }),
  fc.record({ kind: fc.constant('signup' as const), target }),
  fc.record({ kind: fc.constant('signupMove' as const), target, to: fc.constantFrom(...SIGNUP_TO) }),
  fc.record({ kind: fc.constant('session' as const), community }),
  fc.record({ kind: fc.constant('booking' as const), target }),
  fc.record({ kind: fc.constant('bookingStatus' as const), target, to: fc.constantFrom('attended', 'absent', 'cancelled') }),
  fc.record({ kind: fc.constant('subsidy' as const), community, yuan: fc.option(fc.integer({ min: 0, max: 20000 })) }),
  fc.record({ kind: fc.constant('subsidyStep' as const), target, to: fc.constantFrom(...SUBSIDY_TO) }),
  fc.record({ kind: fc.constant('person' as const), community, status: fc.constantFrom(...STATUSES), categories: fc.subarray([...CATEGORIES]), tracked: fc.boolean() }),
  fc.record({ kind: fc.constant('personStatus' as const), target, status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('personMove' as const), target, community, categories: fc.subarray([...CATEGORIES]), tracked: fc.boolean() }),
  fc.record({ kind: fc.constant('service' as const), target, type: fc.constantFrom(...SERVICE_TYPES), times: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('station' as const), community, met: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('survey' as const), community, subject: fc.constantFrom('gig', 'training', 'subsidy'), score: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('delete' as const), target }),
  fc.record({ kind: fc.constant('rewrite' as const), target }),
  fc.record({ kind: fc.constant('noise' as const), community }),
  fc.record({ kind: fc.constant('redeliver' as const), target }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;
const step = fc.record({ command, gapMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }) });

type Item = Record<string, unknown>;
interface Write { eventId: string; at: string; old: Image; next: Image }

const STANDARDS = ['标识', '专兼职服务人员', '制度流程', '电子设备', '宣传专栏', '活动场所'];

/** Runs the commands against items in memory, as the handlers would write them, and records every stream record. */
function simulate(steps: { command: Command; gapMinutes: number }[]) {
  const items = new Map<string, Item>();
  const writes: Write[] = [];
  const delivered: Write[] = [];
  const oracle = { signupsFilled: [] as { signupKey: string; community: string; at: string }[], helped: [] as { personKey: string; at: string }[] };
  let now = Date.parse('2025-12-01T00:00:00Z');
  let n = 0;
  const iso = () => new Date(now).toISOString();
  const write = (key: string, next: Item | null) => {
    const old = items.get(key) ?? null;
    if (next) items.set(key, next);
    else items.delete(key);
    const w = { eventId: `ev-${writes.length}`, at: iso(), old, next };
    writes.push(w);
    delivered.push(w);
  };
  const ofEntity = (entity: string) => [...items.entries()].filter(([, item]) => item.entity === entity);
  const pick = (entity: string, index: number) => {
    const all = ofEntity(entity);
    return all.length ? all[index % all.length] : undefined;
  };

  for (const { command: c, gapMinutes } of steps) {
    now += gapMinutes * 60_000;
    const at = iso();
    const id = `${++n}`;
    switch (c.kind) {
      case 'job':
        write(`JOB#${id}`, { PK: `JOB#${id}`, SK: 'PROFILE', entity: 'job', status: c.publish ? 'open' : 'draft', communityCode: COMMUNITIES[c.community], headcount: c.headcount, publishedAt: c.publish ? at : null, createdAt: at });
        break;
      case 'editJob': {
        const found = pick('job', c.target);
        if (!found || !['open', 'draft'].includes(String(found[1].status))) break;
        const [key, job] = found;
        write(key, { ...job, status: c.publish ? 'open' : 'draft', headcount: c.headcount, communityCode: COMMUNITIES[c.community], publishedAt: job.publishedAt ?? (c.publish ? at : null), updatedAt: at });
        break;
      }
      case 'closeJob': {
        const found = pick('job', c.target);
        if (found && ['open', 'draft'].includes(String(found[1].status))) write(found[0], { ...found[1], status: 'closed', updatedAt: at });
        break;
      }
      case 'signup': {
        const found = pick('job', c.target);
        if (!found || found[1].status !== 'open') break;
        write(`SIGNUP#${id}`, { PK: `SIGNUP#${id}`, SK: 'SIGNUP', entity: 'signup', status: 'pending', job: { communityCode: found[1].communityCode }, history: [{ status: 'pending', at }], createdAt: at });
        break;
      }
      case 'signupMove': {
        const found = pick('signup', c.target);
        if (!found || found[1].status === c.to) break;
        const [key, row] = found;
        if (c.to === 'approved') oracle.signupsFilled.push({ signupKey: key, community: String((row.job as Item).communityCode), at });
        write(key, { ...row, status: c.to, history: [...(row.history as Item[]), { status: c.to, at }], updatedAt: at });
        break;
      }
      case 'session':
        write(`TSESSION#${id}`, { PK: `TSESSION#${id}`, SK: 'PROFILE', entity: 'training-session', communityCode: COMMUNITIES[c.community], createdAt: at });
        break;
      case 'booking': {
        const found = pick('training-session', c.target);
        if (found) write(`TBOOK#${id}`, { PK: `TBOOK#${id}`, SK: 'TBOOK', entity: 'training-booking', status: 'booked', communityCode: found[1].communityCode, createdAt: at, updatedAt: at });
        break;
      }
      case 'bookingStatus': {
        const found = pick('training-booking', c.target);
        if (found && found[1].status !== c.to) write(found[0], { ...found[1], status: c.to, updatedAt: at });
        break;
      }
      case 'subsidy':
        write(`SUBAPP#${id}`, { PK: `SUBAPP#${id}`, SK: 'SUBAPP', entity: 'subsidy-application', status: 'draft', communityCode: COMMUNITIES[c.community], amount: { yuan: c.yuan, atLeast: false, label: '' }, history: [{ status: 'draft', at }], createdAt: at });
        break;
      case 'subsidyStep': {
        const found = pick('subsidy-application', c.target);
        if (!found || found[1].status === c.to || ['approved', 'rejected'].includes(String(found[1].status))) break;
        write(found[0], { ...found[1], status: c.to, history: [...(found[1].history as Item[]), { status: c.to, at }], submittedAt: c.to === 'pending-community' ? at : found[1].submittedAt ?? null });
        break;
      }
      case 'person':
        write(`APERSON#${id}`, {
          PK: `APERSON#${id}`, SK: 'APERSON', entity: 'assisted-person', communityCode: COMMUNITIES[c.community], categories: c.categories, status: c.status, tracked: c.tracked,
          statusHistory: [{ status: c.status, since: weihaiDate(now), employerName: '', recordedAt: at }], serviceDates: {}, createdAt: at,
        });
        break;
      case 'personStatus': {
        const found = pick('assisted-person', c.target);
        if (!found || found[1].status === c.status) break;
        if (found[1].status === '待业') oracle.helped.push({ personKey: found[0], at });
        write(found[0], { ...found[1], status: c.status, statusHistory: [...(found[1].statusHistory as Item[]), { status: c.status, since: weihaiDate(now), employerName: '', recordedAt: at }] });
        break;
      }
      case 'personMove': {
        const found = pick('assisted-person', c.target);
        if (found) write(found[0], { ...found[1], communityCode: COMMUNITIES[c.community], categories: c.categories, tracked: c.tracked });
        break;
      }
      case 'service': {
        const found = pick('assisted-person', c.target);
        if (!found) break;
        const [key] = found;
        for (let i = 0; i < c.times; i++) {
          // a new object per write: the old image already handed to the stream must not change
          const person = items.get(key)!;
          const dates = person.serviceDates as Record<string, string[]>;
          write(key, { ...person, serviceDates: { ...dates, [c.type]: [...(dates[c.type] ?? []), weihaiDate(now)] } });
          write(`${key}|SVC#${id}-${i}`, { PK: key, SK: `SVC#${weihaiDate(now)}#${id}-${i}`, entity: 'service-record', communityCode: person.communityCode, type: c.type, date: weihaiDate(now) });
        }
        break;
      }
      case 'station': {
        const key = `STATION#${COMMUNITIES[c.community]}`;
        write(key, { PK: key, SK: 'STATION', entity: 'station', communityCode: COMMUNITIES[c.community], standards: STANDARDS.map((standard, i) => ({ standard, met: i < c.met })) });
        break;
      }
      case 'survey':
        write(`SURVEY#${id}`, { PK: `SURVEY#${c.subject}#${id}`, SK: 'SURVEY', entity: 'survey', communityCode: COMMUNITIES[c.community], subject: c.subject, score: c.score, createdAt: at });
        break;
      case 'delete': {
        const keys = [...items.keys()];
        if (keys.length) write(keys[c.target % keys.length], null);
        break;
      }
      case 'rewrite': {
        const keys = [...items.keys()];
        if (keys.length) write(keys[c.target % keys.length], { ...items.get(keys[c.target % keys.length])!, touchedAt: at });
        break;
      }
      case 'noise':
        write(`STAT#${COMMUNITIES[c.community]}|P#ALL`, { PK: `STAT#${COMMUNITIES[c.community]}`, SK: 'P#ALL', entity: 'stat', assistedTotal: 99 });
        break;
      case 'redeliver':
        // the stream hands an earlier record over again (a retried batch)
        if (writes.length) delivered.push(writes[c.target % writes.length]);
        break;
    }
  }
  return { items, delivered, oracle, asOf: iso() };
}

function normalize(store: Map<string, Counters>): Record<string, Counters> {
  const out: Record<string, Counters> = {};
  for (const [key, counters] of [...store.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const kept = Object.fromEntries(Object.entries(counters).filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
    if (Object.keys(kept).length) out[key] = kept;
  }
  return out;
}

const flowKeys = (division: string, at: string) => [counterKey(division, `Y${weihaiDate(Date.parse(at)).slice(0, 4)}`), counterKey(division, `M${weihaiDate(Date.parse(at)).slice(0, 7)}`)];
const levels = (code: string) => [code, code.slice(0, 9), code.slice(0, 6), code.slice(0, 4)];

describe('counters kept from the stream', () => {
  it('equal a recount from the final items, and the oracle, after any sequence of events', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 90 }), (steps) => {
        const { items, delivered, oracle, asOf } = simulate(steps);
        const kept = new Map<string, Counters>();
        const applied = new Set<string>();
        for (const record of delivered) {
          if (applied.has(record.eventId)) continue; // the marker: exactly once
          applied.add(record.eventId);
          applyUpdates(kept, counterUpdates(statDeltas(record.old, record.next, record.at)));
        }
        const recounted = recount(items.values(), asOf);
        expect(normalize(kept)).toEqual(normalize(recounted));

        // the oracle, from the operations: approvals where the job was, 待业 left where the person is now (deleted items count nothing)
        const expected = new Map<string, Counters>();
        const add = (keys: string[], metric: string) => keys.forEach((k) => applyUpdates(expected, [{ division: k.split('|')[0], period: k.split('|')[1], add: { [metric]: 1 } }]));
        for (const a of oracle.signupsFilled.filter((a) => items.has(a.signupKey))) levels(a.community).forEach((d) => add(flowKeys(d, a.at), 'signupsFilled'));
        for (const h of oracle.helped) {
          const person = items.get(h.personKey);
          if (person) levels(String(person.communityCode)).forEach((d) => add(flowKeys(d, h.at), 'helpedIntoWork'));
        }
        const only = (store: Map<string, Counters>, metric: string) =>
          normalize(new Map([...store.entries()].map(([k, c]) => [k, { [metric]: c[metric] ?? 0 }])));
        for (const metric of ['signupsFilled', 'helpedIntoWork']) expect(only(kept, metric)).toEqual(only(expected, metric));
      }),
      { numRuns: 300 },
    );
  });
});
