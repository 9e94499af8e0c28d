/**
 * 报名抢位: one gig with 50 seats (waitlist on) and 1,000 residents who all press 报名 at the same moment, over HTTP
 * (serverless offline → createSignup → booking engine → DynamoDB Local). Exactly 50 must hold a seat, the other 950
 * must queue, and nobody may see a 5xx; the job's counters are then read back from DynamoDB (ConsistentRead).
 * Needs JWT_SECRET and PII_KEY in process.env, which startStack puts there (scripts/lib/secrets.ts).
 */
import { Agent, request } from 'node:http';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { issueSessionToken } from '../../functions/commons/auth';
import { encryptPii } from '../../functions/commons/pii';
import { keys } from '../../functions/adapters/dynamo/keys';
import { COMMUNITIES } from '../../functions/domain/divisions/catalog';
import { cellOf } from '../../functions/domain/divisions/geo';
import { localClient } from '../../scripts/lib/dynamo-local';
import { communityPoint } from '../../scripts/seed/coordinates';
import { writeAll } from '../../scripts/seed/index';

const HOUR = 3600_000;
const RESIDENTS = 1000;
const HEADCOUNT = 50;
const HOME = '371002002001';
const ORG_ID = 'bench-org';
const REQUEST_TIMEOUT_MS = 120_000;

type Doc = DynamoDBDocumentClient;

function gig(id: string, headcount: number) {
  const home = communityPoint(COMMUNITIES.find((c) => c.code === HOME)!);
  const startsAt = new Date(Date.now() + 24 * HOUR).toISOString();
  const endsAt = new Date(Date.parse(startsAt) + 4 * HOUR).toISOString();
  return {
    ...keys.job(id), ...keys.openJobGeo(cellOf(home, 9), id), ...keys.jobOfOrg(ORG_ID, endsAt, id), entity: 'job',
    id, title: '压测抢位零工', type: '零工', payAmount: 200, payUnit: '元/天', orgName: '压测单位', orgVerified: true, orgId: ORG_ID,
    startsAt, endsAt, headcount, headcountLeft: headcount, waitlistEnabled: true,
    tags: [], skills: ['保洁'], communityCode: HOME, lat: home.lat, lng: home.lng, description: '用于报名抢位压测的零工',
    createdAt: new Date().toISOString(), status: 'open', requirements: [], address: '东山社区', streetCode: HOME.slice(0, 9),
  };
}

/** Residents as the app stores them (phone encrypted, home community set), each with a real session token. */
async function putResidents(client: Doc, table: string, ids: string[]): Promise<string[]> {
  const now = new Date().toISOString();
  const items = ids.map((id, i) => ({
    ...keys.user(id), entity: 'user', id, role: 'resident', name: `压测居民${i}`, phoneEnc: encryptPii(`139${String(10_000_000 + i).padStart(8, '0')}`),
    homeCommunityCode: HOME, birthYear: 1970 + (i % 30), createdAt: now, updatedAt: now,
  }));
  await writeAll(client, table, items);
  return Promise.all(ids.map(async (userId) => (await issueSessionToken({ userId, role: 'resident' })).token));
}

interface Answer {
  status: number | 'timeout' | 'network';
  ms: number;
  body: string;
  lambdaError?: string;
}

function signUp(agent: Agent, apiUrl: string, jobId: string, token: string, idempotencyKey: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(`${apiUrl}/jobs/${jobId}/signups`, {
      method: 'POST', agent, timeout: REQUEST_TIMEOUT_MS,
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey, 'content-type': 'application/json', 'content-length': 2 },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => resolve({ status: 'network', ms: performance.now() - started, body: String(error) }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: error.message === 'timeout' ? 'timeout' : 'network', ms: performance.now() - started, body: String(error) }));
    req.end('{}');
  });
}

async function jobCounters(client: Doc, table: string, jobId: string) {
  const { Item } = await client.send(new GetCommand({ TableName: table, Key: keys.job(jobId), ConsistentRead: true }));
  return { headcountLeft: Number(Item?.headcountLeft), waitlistCount: Number(Item?.waitlistCount ?? 0) };
}

/**
 * A request that ran past the function timeout was answered with an error, but its handler may still be running
 * (serverless offline runs handlers in-process and cannot stop them): wait until the counters stop moving, then
 * count what the table holds, so a report shows whether the engine stayed exact even where the answers did not.
 */
async function settledState(client: Doc, table: string, jobId: string) {
  const started = Date.now();
  let last = await jobCounters(client, table, jobId);
  for (let still = 0; still < 5 && Date.now() - started < 180_000; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const next = await jobCounters(client, table, jobId);
    still = next.headcountLeft === last.headcountLeft && next.waitlistCount === last.waitlistCount ? still + 1 : 0;
    last = next;
  }
  const signupsByStatus: Record<string, number> = {};
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: table, IndexName: 'GSI2', KeyConditionExpression: 'GSI2PK = :pk', ExpressionAttributeValues: { ':pk': keys.signupsOfJob(jobId) },
        ExpressionAttributeNames: { '#status': 'status' }, ProjectionExpression: '#status', ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) signupsByStatus[item.status as string] = (signupsByStatus[item.status as string] ?? 0) + 1;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { ...last, signupsByStatus, settledAfterMs: Date.now() - started };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number) => Math.round(n * 10) / 10;

function parse(body: string): { status?: string; error?: { code?: string; message?: string }; errorType?: string } {
  try {
    return JSON.parse(body);
  } catch {
    return {};
  }
}

export async function benchSignupRush(apiUrl: string, dynamoEndpoint: string, table: string, { residents = RESIDENTS, headcount = HEADCOUNT } = {}) {
  const client = DynamoDBDocumentClient.from(localClient(dynamoEndpoint));
  const run = Date.now().toString(36);
  const jobId = `bench-rush-${run}`;
  const ids = Array.from({ length: residents }, (_, i) => `bench-rush-${run}-r${String(i).padStart(4, '0')}`);
  const [tokens, [warmToken]] = await Promise.all([
    putResidents(client, table, ids),
    putResidents(client, table, [`bench-rush-${run}-warm`]),
    client.send(new PutCommand({ TableName: table, Item: gig(jobId, headcount) })),
    client.send(new PutCommand({ TableName: table, Item: gig(`${jobId}-warm`, 5) })),
  ]);
  const agent = new Agent({ keepAlive: true, maxSockets: residents });
  try {
    // warm-up on a separate gig: loads the handler and opens DynamoDB connections before the rush
    const warm = await signUp(agent, apiUrl, `${jobId}-warm`, warmToken, `warm-${run}-0001`);
    if (warm.status !== 201) throw new Error(`warm-up sign-up answered ${warm.status}: ${warm.body}`);

    const started = performance.now();
    const answers = await Promise.all(tokens.map((token, i) => signUp(agent, apiUrl, jobId, token, `rush-${run}-${String(i).padStart(4, '0')}`)));
    const wallMs = performance.now() - started;

    const byStatus: Record<string, number> = {};
    const byErrorCode: Record<string, number> = {};
    const errorSamples: Record<string, string> = {};
    const outcome = { pending: 0, waitlisted: 0, other: 0 };
    for (const answer of answers) {
      const body = parse(answer.body);
      // serverless offline answers a handler that crashed or ran past its timeout with 200 and { errorType, errorMessage }
      if (body.errorType) answer.lambdaError = body.errorType;
      const label = answer.lambdaError ? `${answer.status} ${answer.lambdaError}` : String(answer.status);
      byStatus[label] = (byStatus[label] ?? 0) + 1;
      if (answer.status === 201) {
        if (body.status === 'pending') outcome.pending++;
        else if (body.status === 'waitlisted') outcome.waitlisted++;
        else outcome.other++;
      } else {
        const code = body.error?.code ?? answer.lambdaError ?? String(answer.status);
        byErrorCode[code] = (byErrorCode[code] ?? 0) + 1;
        errorSamples[code] ??= answer.body.slice(0, 300);
      }
    }
    const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
    const serverErrors = answers.filter((a) => (typeof a.status === 'number' && a.status >= 500) || a.lambdaError).length;
    const failedRequests = answers.filter((a) => typeof a.status !== 'number').length;

    const counters = await jobCounters(client, table, jobId);
    const settled = await settledState(client, table, jobId);
    const checks = {
      // who holds a seat is what the table says once writes stop (a 429 after its commit still holds one)
      exactlyFiftySeated: (settled.signupsByStatus.pending ?? 0) === headcount,
      zeroServerErrors: serverErrors === 0,
      everyRequestAnswered: failedRequests === 0,
      headcountLeftZero: settled.headcountLeft === 0,
      // 950 when nobody got 429 BUSY; in any case the queue counter matches the waitlisted sign-ups in the table
      waitlistCountMatches: settled.waitlistCount === (settled.signupsByStatus.waitlisted ?? 0),
    };
    return {
      scenario: `POST /jobs/{jobId}/signups: ${residents.toLocaleString('en')} residents at once for ${headcount} seats (waitlist on)`,
      requests: answers.length,
      wallMs: Math.round(wallMs),
      rps: Math.round(answers.length / (wallMs / 1000)),
      latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies[latencies.length - 1]) },
      byStatus,
      serverErrors,
      failedRequests,
      busy429: byErrorCode.BUSY ?? 0,
      byErrorCode,
      errorSamples,
      seated: outcome.pending,
      waitlisted: outcome.waitlisted,
      otherOutcome: outcome.other,
      jobCounters: counters,
      settled,
      targets: { exactlyFiftySeated: true, zeroServerErrors: true, headcountLeft: 0, waitlistCount: residents - headcount },
      checks,
      pass: Object.values(checks).every(Boolean),
    };
  } finally {
    agent.destroy();
  }
}
