import fc from 'fast-check';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { handler as createSignup } from '../../functions/handlers/signups/create-signup';
import { handler as cancelSignup } from '../../functions/handlers/signups/cancel-signup';
import { handler as rejectSignup } from '../../functions/handlers/signups/reject-signup';
import { handler as approveSignup } from '../../functions/handlers/signups/approve-signup';
import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { listSignupsOfJob } from '../../functions/adapters/dynamo/signups';
import { offset, putJob, putResident } from './fixtures';
import { invoke } from './invoke';

const table = () => process.env.TABLE_NAME!;

/** What the database says about one job, read strongly consistent where the table allows it. */
async function ledgerOf(jobId: string) {
  const { Item } = await ddb().send(new GetCommand({ TableName: table(), Key: keys.job(jobId), ConsistentRead: true }));
  const { Items } = await ddb().send(
    new QueryCommand({ TableName: table(), KeyConditionExpression: 'PK = :pk AND begins_with(SK, :w)', ExpressionAttributeValues: { ':pk': keys.job(jobId).PK, ':w': 'WAIT#' }, ConsistentRead: true }),
  );
  return { seatsLeft: Item!.headcountLeft as number, waitlistCount: (Item!.waitlistCount ?? 0) as number, queue: (Items ?? []).map((i) => i.bookingId as string) };
}

type Op = { kind: 'join'; who: number } | { kind: 'cancel' | 'reject' | 'approve'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('join' as const), who: fc.nat(7) }),
  fc.record({ kind: fc.constantFrom('cancel' as const, 'reject' as const, 'approve' as const), pick: fc.nat(50) }),
);

let run = 0;

describe('booking engine on DynamoDB under concurrency', () => {
  it('concurrent waves of sign-up, cancel, reject and approve keep seats ≤ capacity and the queue consistent', async () => {
    const staff = (await invoke(devLogin, { body: { persona: 'staff-community' } })).body.token as string;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.array(fc.array(op, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), async (capacity, waitlistEnabled, waves) => {
        const jobId = `prop-${run++}`;
        await putJob(jobId, offset({ lat: 37.5, lng: 122.1 }, 40 * run), { headcount: capacity, headcountLeft: capacity, waitlistEnabled });
        const tokens = await Promise.all(Array.from({ length: 8 }, (_, i) => putResident(`user-${jobId}-${i}`)));
        const owners = new Map<string, string>();
        for (const wave of waves) {
          const known = [...owners.keys()];
          const results = await Promise.all(
            wave.map(async (o) => {
              if (o.kind === 'join') {
                const r = await invoke(createSignup, { token: tokens[o.who], params: { jobId } });
                if (r.status === 201) owners.set(r.body.id, tokens[o.who]);
                return r.status;
              }
              if (!known.length) return 0;
              const signupId = known[o.pick % known.length];
              if (o.kind === 'cancel') return (await invoke(cancelSignup, { token: owners.get(signupId)!, params: { signupId } })).status;
              if (o.kind === 'reject') return (await invoke(rejectSignup, { token: staff, params: { signupId }, body: { reason: '名额调整' } })).status;
              return (await invoke(approveSignup, { token: staff, params: { signupId } })).status;
            }),
          );
          // every answer is a success or a clear refusal, never a server error
          for (const status of results) expect([0, 200, 201, 409]).toContain(status);
          const rows = await listSignupsOfJob(jobId);
          const fresh = await Promise.all(rows.map(async (row) => (await ddb().send(new GetCommand({ TableName: table(), Key: keys.signup(row.id), ConsistentRead: true }))).Item!));
          const holding = fresh.filter((r) => r.status === 'pending' || r.status === 'approved').length;
          const waiting = fresh.filter((r) => r.status === 'waitlisted').map((r) => r.id as string).sort();
          const ledger = await ledgerOf(jobId);
          expect(holding).toBeLessThanOrEqual(capacity);
          expect(holding).toBe(capacity - ledger.seatsLeft);
          expect(ledger.queue).toEqual(waiting);
          expect(ledger.waitlistCount).toBe(waiting.length);
          if (ledger.seatsLeft > 0) expect(waiting).toEqual([]);
          if (!waitlistEnabled) expect(waiting).toEqual([]);
          // one active sign-up per person
          const activeOwners = fresh.filter((r) => ['pending', 'approved', 'waitlisted'].includes(r.status)).map((r) => r.userId);
          expect(new Set(activeOwners).size).toBe(activeOwners.length);
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
