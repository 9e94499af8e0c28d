import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { routeList } from '../../contract';

/**
 * `serverless package --stage prod` must work offline with no AWS credentials, and its CloudFormation must
 * carry the production safeguards: PITR, deletion protection and encryption on every table, least-privilege
 * IAM per function, log retention ≥ 180 days, and one API route per contract route.
 */
type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };

const root = resolve(__dirname, '../..');
let resources: Record<string, Resource>;
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'doorstep-package-'));
  const env = { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: 'no-such-profile', ESBUILD_WORK_FOLDER: '.esbuild-package' };
  for (const name of ['JWT_SECRET', 'PII_KEY', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET', 'DYNAMODB_ENDPOINT']) delete (env as Record<string, unknown>)[name];
  execFileSync(process.execPath, [join(root, 'node_modules/serverless/bin/serverless.js'), 'package', '--stage', 'prod', '--package', outDir], { cwd: root, env, stdio: 'pipe' });
  resources = JSON.parse(readFileSync(join(outDir, 'cloudformation-template-update-stack.json'), 'utf8')).Resources;
}, 240_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

it('packages one zip per function', () => {
  expect(readdirSync(outDir).filter((f) => f.endsWith('.zip')).length).toBeGreaterThanOrEqual(routeList.length);
});

it('protects every table: PITR, deletion protection, KMS encryption, retained on stack delete', () => {
  const tables = ofType('AWS::DynamoDB::Table');
  expect(tables.length).toBeGreaterThanOrEqual(2);
  for (const [, table] of tables) {
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.Properties.SSESpecification.SSEEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
  }
});

it('keeps logs at least 180 days', () => {
  const groups = ofType('AWS::Logs::LogGroup');
  expect(groups.length).toBeGreaterThan(0);
  for (const [, group] of groups) expect(group.Properties.RetentionInDays).toBeGreaterThanOrEqual(180);
});

it('grants each function only named data actions on named resources', () => {
  const statements = ofType('AWS::IAM::Role').flatMap(([, role]) =>
    (role.Properties.Policies ?? []).flatMap((p: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown } [] } }) => p.PolicyDocument.Statement),
  );
  const dataStatements = statements.filter((s) => [s.Action].flat().some((a: string) => /^(dynamodb|s3):/.test(a)));
  expect(dataStatements.length).toBeGreaterThan(0);
  for (const statement of statements) {
    expect([statement.Action].flat()).not.toContain('dynamodb:*');
    expect([statement.Action].flat()).not.toContain('s3:*');
    expect([statement.Action].flat()).not.toContain('*');
  }
  for (const statement of dataStatements) expect(JSON.stringify(statement.Resource)).not.toMatch(/"\*"/);
  const roles = ofType('AWS::IAM::Role').map(([name]) => name);
  expect(roles.length).toBeGreaterThan(5);
});

it('builds ARNs with the partition, so the stack deploys in aws-cn', () => {
  const text = JSON.stringify(resources);
  expect(text).not.toMatch(/"arn:aws:/);
});

it('routes every contract route, and unknown routes to the 404 handler', () => {
  const keys = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey);
  for (const route of routeList) expect(keys).toContain(`${route.method} ${route.path}`);
  expect(keys).toContain('$default');
  expect(keys).toHaveLength(routeList.length + 1);
});

it('takes secrets from Secrets Manager at deploy time, never from the template', () => {
  const fn = ofType('AWS::Lambda::Function')[0][1];
  const vars = fn.Properties.Environment.Variables;
  expect(vars.STAGE).toBe('prod');
  for (const name of ['JWT_SECRET', 'PII_KEY', 'WECHAT_APP_SECRET']) expect(vars[name]).toMatch(/^\{\{resolve:secretsmanager:doorstep-jobs\/prod:SecretString:/);
});

it('keeps the stream records the counter consumer gave up on in an encrypted queue it may write to', () => {
  const [[, mapping]] = ofType('AWS::Lambda::EventSourceMapping');
  expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
  expect(mapping.Properties.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': ['StatsFailuresQueue', 'Arn'] });
  expect(resources.StatsFailuresQueue.Properties.SqsManagedSseEnabled).toBe(true);
  const sends = ofType('AWS::IAM::Role').flatMap(([, role]) =>
    (role.Properties.Policies ?? []).flatMap((p: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } }) => p.PolicyDocument.Statement),
  ).filter((s) => [s.Action].flat().includes('sqs:SendMessage'));
  expect(sends.map((s) => s.Resource)).toContainEqual([{ 'Fn::GetAtt': ['StatsFailuresQueue', 'Arn'] }]);
});
