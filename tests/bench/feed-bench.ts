/**
 * Feed cost against table size: the same nearby query (a 15-minute circle in 环翠区, first page, distance order)
 * over HTTP with 1,000 jobs in the table and again with 50,000, spread over Weihai's communities the way real
 * postings would be (five times as many around towns as around villages).
 */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/adapters/dynamo/keys';
import { COMMUNITIES } from '../../functions/domain/divisions/catalog';
import { cellOf } from '../../functions/domain/divisions/geo';
import { localClient } from '../../scripts/lib/dynamo-local';
import { communityPoint, offsetMeters } from '../../scripts/seed/coordinates';
import { seededRandom } from '../../scripts/seed/random';
import { writeAll } from '../../scripts/seed/index';

const HOUR = 3600_000;

function* generatedJobs(count: number, seed: number) {
  const rand = seededRandom(seed);
  const weighted = COMMUNITIES.flatMap((c) => (c.kind === 'urban' ? [c, c, c, c, c] : [c]));
  for (let i = 0; i < count; i++) {
    const community = weighted[Math.floor(rand() * weighted.length)];
    const spread = community.kind === 'urban' ? 800 : 3000;
    const point = offsetMeters(communityPoint(community), (rand() - 0.5) * spread, (rand() - 0.5) * spread);
    const startsAt = new Date(Date.now() + (1 + rand() * 13 * 24) * HOUR).toISOString();
    const endsAt = new Date(Date.parse(startsAt) + 4 * HOUR).toISOString();
    const id = `bench-${seed}-${i}`;
    yield {
      ...keys.job(id), ...keys.openJobGeo(cellOf(point, 9), id), entity: 'job',
      id, title: '压测岗位', type: '零工', payAmount: 150 + Math.floor(rand() * 100), payUnit: '元/天', orgName: '压测单位', orgVerified: true,
      startsAt, endsAt, headcount: 5, headcountLeft: 5, tags: ['无经验可'], skills: ['保洁'], communityCode: community.code,
      lat: point.lat, lng: point.lng, description: '用于性能测试的岗位', createdAt: new Date().toISOString(), status: 'open',
      requirements: [], address: community.name, streetCode: community.streetCode,
    };
  }
}

async function load(endpoint: string, table: string, count: number, seed: number) {
  await writeAll(DynamoDBDocumentClient.from(localClient(endpoint)), table, [...generatedJobs(count, seed)]);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Four clients in a loop for `seconds`, every latency kept, so p50/p95 are exact. */
async function measure(url: string, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (!response.ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, client));
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { requests: latencies.length, rps: Math.round(latencies.length / seconds), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), max: round(latencies[latencies.length - 1]), errors };
}

export async function benchFeed(apiUrl: string, dynamoEndpoint: string, table: string, seededJobs: number) {
  const home = communityPoint(COMMUNITIES.find((c) => c.code === '371002002001')!);
  const path = `/jobs/nearby?lat=${home.lat}&lng=${home.lng}&limit=20`;
  await load(dynamoEndpoint, table, 1000 - seededJobs, 1);
  await measure(`${apiUrl}${path}`, 3); // warm-up
  const small = await measure(`${apiUrl}${path}`, 10);
  await load(dynamoEndpoint, table, 49_000, 2);
  await measure(`${apiUrl}${path}`, 3);
  const large = await measure(`${apiUrl}${path}`, 10);
  const ratio = Math.round((large.p95 / Math.max(1, small.p95)) * 100) / 100;
  return { scenario: 'GET /jobs/nearby (15-minute circle, first page)', jobs1k: small, jobs50k: large, p95Ratio: ratio, pass: ratio <= 1.5 && small.errors === 0 && large.errors === 0 };
}
