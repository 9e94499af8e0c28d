/**
 * `npm run bench`: starts the local stack on free ports with a throwaway data folder, loads the hot read paths
 * with autocannon over HTTP (serverless offline → handler → DynamoDB Local), and writes bench/results.json.
 * Targets are checked here, never inside tests; numbers are for this machine and the local emulators.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../../scripts/lib/ports';
import { startStack } from '../../scripts/lib/stack';
import { benchFeed } from './feed-bench';
import { demoItems } from '../../scripts/seed/index';
import { benchRecommendations } from './recommend-bench';
import { benchSignupRush } from './signup-bench';
import { benchDashboard, printDashboardBench } from './dashboard-bench';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const TARGETS = { p99Ms: 500, errorRate: 0, recommendP95Ms: 50, feedP95Ratio50kTo1k: 1.5, dashboardP95Ratio100kTo10k: 1.5 };

const seededJobCount = () => demoItems().filter((item) => item.entity === 'job').length;

async function main() {
  const root = resolve(__dirname, '../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'doorstep-bench-'));
  const stack = await startStack({
    root,
    dataDir,
    withoutH5: true,
    // the dashboard bench writes its events' counters itself; a pump would count them again
    withoutStatsPump: true,
    ports: { dynamodb: await freePort(), s3: await freePort(), api: await freePort(), lambda: await freePort(), h5: await freePort() },
  });
  try {
    const login = await (await fetch(`${stack.urls.api}/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"persona":"resident-zhang"}' })).json();
    const scenarios = [
      { name: 'GET /divisions?parent=<street>', path: '/divisions?parent=371002002' },
      { name: 'GET /divisions?q=', path: `/divisions?q=${encodeURIComponent('东山')}` },
      { name: 'GET /communities/{code}', path: '/communities/371002002001' },
      { name: 'GET /communities/nearest', path: '/communities/nearest?lat=37.5&lng=122.12' },
      { name: 'GET /me', path: '/me', headers: { authorization: `Bearer ${login.token}` } },
    ];
    const results = [];
    for (const scenario of scenarios) {
      await autocannon({ url: `${stack.urls.api}${scenario.path}`, headers: scenario.headers, connections: 10, duration: 3 }); // warm-up: serverless offline starts one worker per concurrent request
      const r = await autocannon({ url: `${stack.urls.api}${scenario.path}`, headers: scenario.headers, connections: 10, duration: 8 });
      const errors = r.errors + r.non2xx;
      const row = {
        scenario: scenario.name,
        requests: r.requests.total,
        rps: Math.round(r.requests.average),
        latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
        errors,
        pass: r.latency.p99 <= TARGETS.p99Ms && errors === 0,
      };
      results.push(row);
      console.log(`${row.pass ? 'PASS' : 'FAIL'}  ${row.scenario.padEnd(34)} ${String(row.rps).padStart(5)} req/s  p50 ${row.latencyMs.p50} ms  p99 ${row.latencyMs.p99} ms  errors ${errors}`);
    }
    const recommendations = await benchRecommendations();
    console.log(`${recommendations.pass ? 'PASS' : 'FAIL'}  recommend top-10 of ${recommendations.candidates} in-process  p50 ${recommendations.latencyMs.p50} ms  p95 ${recommendations.latencyMs.p95} ms (target ≤ 50)`);
    console.log('loading 1,000 then 50,000 jobs into DynamoDB Local for the feed bench (about a minute)…');
    const feed = await benchFeed(stack.urls.api, stack.urls.dynamodb, 'doorstep-jobs-local-main', seededJobCount());
    console.log(`${feed.pass ? 'PASS' : 'FAIL'}  ${feed.scenario}: 1k jobs p50 ${feed.jobs1k.p50} ms p95 ${feed.jobs1k.p95} ms · 50k jobs p50 ${feed.jobs50k.p50} ms p95 ${feed.jobs50k.p95} ms · ratio ${feed.p95Ratio} (target ≤ 1.5)`);
    // after the feed bench, whose 1k run counts on the table holding only the seeded jobs
    console.log('报名抢位 signup rush: 1,000 residents at once for 50 seats…');
    const signupRush = await benchSignupRush(stack.urls.api, stack.urls.dynamodb, 'doorstep-jobs-local-main');
    console.log(
      `${signupRush.pass ? 'PASS' : 'FAIL'}  报名抢位 signup rush: ${signupRush.requests} 人抢 50 个名额 in ${signupRush.wallMs} ms (${signupRush.rps} req/s)  p50 ${signupRush.latencyMs.p50} ms p95 ${signupRush.latencyMs.p95} ms p99 ${signupRush.latencyMs.p99} ms · ` +
        `待审核 seated ${signupRush.seated} (target 50) · 候补 waitlisted ${signupRush.waitlisted} · 5xx ${signupRush.serverErrors} · 429 BUSY ${signupRush.busy429} · ` +
        `headcountLeft ${signupRush.jobCounters.headcountLeft} waitlistCount ${signupRush.jobCounters.waitlistCount} · status ${JSON.stringify(signupRush.byStatus)}`,
    );
    if (!signupRush.pass) console.error(`signup rush checks: ${JSON.stringify(signupRush.checks)}\nerror samples: ${JSON.stringify(signupRush.errorSamples, null, 2)}`);
    console.log('数据看板: recording 10,000 then 100,000 events with their counters (a few minutes)…');
    const dashboard = await benchDashboard(stack.urls.api, stack.urls.dynamodb, 'doorstep-jobs-local-main');
    printDashboardBench(dashboard);
    const output = {
      when: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
      setup: 'local stack: serverless-offline 13 → Lambda handlers → DynamoDB Local (Java), 10 connections, 8 s per scenario',
      targets: TARGETS,
      results,
      recommendations,
      feed,
      signupRush,
      dashboard,
      benchProcessRssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    };
    mkdirSync(join(root, 'bench'), { recursive: true });
    writeFileSync(join(root, 'bench/results.json'), JSON.stringify(output, null, 2));
    console.log('wrote bench/results.json');
    if (results.some((r) => !r.pass) || !recommendations.pass || !feed.pass || !signupRush.pass || !dashboard.pass) process.exitCode = 1;
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
