import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { keys } from '../../functions/adapters/dynamo/keys';
import { COMMUNITIES } from '../../functions/domain/divisions/catalog';
import { cellOf } from '../../functions/domain/divisions/geo';
import { launchBrowser, loginAs } from './browser';

/**
 * The gig market end to end, three people on three phones: 张秀英 signs up, 赵敏 (community staff) approves,
 * 刘海燕 (employer) checks her in with the code on her phone; the resident sees every step.
 */
const HOUR = 3600_000;
const JOB_ID = `e2e-gig-${Date.now()}`;
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;

/** A gig starting within the hour (its check-in desk is already open), written the way the app stores jobs. */
async function postGigStartingSoon() {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: process.env.E2E_DYNAMODB_URL, region: 'cn-northwest-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const community = COMMUNITIES.find((c) => c.code === '371002002001')!;
  const point = { lat: 37.5105, lng: 122.1201 };
  const startsAt = new Date(Date.now() + HOUR).toISOString();
  const endsAt = new Date(Date.now() + 4 * HOUR).toISOString();
  await client.send(
    new PutCommand({
      TableName: 'doorstep-jobs-local-main',
      Item: {
        ...keys.job(JOB_ID), ...keys.openJobGeo(cellOf(point, 9), JOB_ID), ...keys.jobOfOrg('org-001', endsAt, JOB_ID),
        entity: 'job', id: JOB_ID, orgId: 'org-001', orgName: '威海海悦家政服务有限公司', orgVerified: true, title: '社区敬老院大扫除',
        type: '零工', payAmount: 180, payUnit: '元/天', headcount: 3, headcountLeft: 3, waitlistCount: 0, tags: ['大龄友好'], skills: ['保洁'],
        startsAt, endsAt, description: '敬老院公共区域保洁，工具由单位提供。', requirements: ['身体健康'], address: `${community.name}敬老院`,
        communityCode: community.code, streetCode: community.streetCode, districtCode: community.districtCode, lat: point.lat, lng: point.lng,
        status: 'open', createdAt: new Date().toISOString(),
      },
    }),
  );
}

type Session = Awaited<ReturnType<typeof launchBrowser>>;
const sessions: Session[] = [];

async function phoneOf(displayName: string): Promise<Page> {
  const session = await launchBrowser();
  sessions.push(session);
  const page = await session.context.newPage();
  page.setDefaultTimeout(45_000);
  await loginAs(page, displayName);
  await page.waitForURL(/pages\/index\/index/);
  await page.locator('.community-strip, .empty-state, .job-card').first().waitFor();
  return page;
}

afterAll(async () => {
  for (const session of sessions) await session.close();
});

it('resident signs up, staff approve, employer checks her in; the resident sees each step', async () => {
  await postGigStartingSoon();
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';

  // 张秀英 signs up from the job page
  const resident = await phoneOf('张秀英');
  await resident.goto(url(`/packages/jobs/pages/detail/index?id=${JOB_ID}`));
  await resident.getByTestId('signup-button').click();
  await expect(resident.getByTestId('signup-result-title').innerText()).resolves.toContain('已报名');
  await expect(resident.getByTestId('signup-result-title').innerText()).resolves.toContain('待审核');
  await resident.getByTestId('signup-view-mine').click();
  const item = resident.getByTestId('signup-item').first();
  await item.waitFor();
  const signupId = (await item.getAttribute('data-signup-id'))!;
  expect(await item.getAttribute('data-status')).toBe('pending');
  // coming back to the job later, she sees she already signed up instead of a 报名 button
  await resident.goto(url(`/packages/jobs/pages/detail/index?id=${JOB_ID}`));
  await resident.reload();
  await expect(resident.getByTestId('signup-result-title').innerText()).resolves.toContain('您已报名·待审核');
  expect(await resident.getByTestId('signup-button').count()).toBe(0);

  // 赵敏 approves it in 报名审核
  const staff = await phoneOf('赵敏');
  await staff.goto(url('/packages/staff/pages/review/index'));
  await staff.getByTestId(`review-item-${signupId}`).waitFor();
  await expect(staff.getByTestId(`review-item-${signupId}`).innerText()).resolves.toContain('张秀英');
  await expect(staff.getByTestId(`review-item-${signupId}`).innerText()).resolves.toContain('139****0001');
  await staff.getByTestId(`approve-${signupId}`).click();
  await staff.getByTestId(`review-item-${signupId}`).waitFor({ state: 'detached' });

  // the resident now sees 审核通过, the employer's phone and her check-in code
  await resident.goto(url(`/packages/signups/pages/list/index?id=${signupId}`));
  await resident.reload();
  const approved = resident.locator(`[data-testid="signup-item"][data-signup-id="${signupId}"][data-status="approved"]`);
  await approved.waitFor();
  await expect(approved.getByTestId('signup-employer-contact').innerText()).resolves.toContain('13906310011');
  const code = (await approved.getByTestId('signup-checkin-code').innerText()).replace(/\D/g, '');
  expect(code).toMatch(/^\d{6}$/);
  await resident.screenshot({ path: `${artifacts}/e2e-signup-approved.png` });

  // 刘海燕 checks her in with that code
  const employer = await phoneOf('刘海燕');
  await employer.goto(url(`/packages/employer/pages/applicants/index?jobId=${JOB_ID}`));
  await employer.getByTestId(`applicant-${signupId}`).waitFor();
  await expect(employer.getByTestId(`applicant-${signupId}`).innerText()).resolves.toContain('13906310001');
  await employer.getByTestId(`check-in-${signupId}`).click();
  await employer.getByTestId('check-in-code').locator('input').fill(code);
  await employer.getByTestId('check-in-submit').click();
  await employer.getByTestId(`applicant-${signupId}`).getByText('已签到').first().waitFor();

  // and the resident sees 已签到 and the approval in 我的消息
  await resident.reload();
  await resident.locator(`[data-testid="signup-item"][data-signup-id="${signupId}"][data-status="checked_in"]`).waitFor();
  await resident.goto(url('/packages/signups/pages/inbox/index'));
  await resident.getByTestId('inbox-item').filter({ hasText: '审核通过' }).first().waitFor();
  await resident.getByTestId('inbox-item').filter({ hasText: '已签到' }).first().waitFor();
  await resident.screenshot({ path: `${artifacts}/e2e-signup-inbox.png` });
}, 300_000);
