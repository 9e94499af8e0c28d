import { phones } from './browser';
import { putDongshanGig } from './fixtures';

/**
 * The gig market end to end, three people on three phones: 张秀英 signs up, 赵敏 (community staff) approves,
 * 刘海燕 (employer) checks her in with the code on her phone; the resident sees every step.
 */
const JOB_ID = `e2e-gig-${Date.now()}`;
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;

const people = phones();
afterAll(() => people.closeAll());

it('resident signs up, staff approve, employer checks her in; the resident sees each step', async () => {
  await putDongshanGig(JOB_ID, { title: '社区敬老院大扫除', startsInHours: 1 });
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';

  // 张秀英 signs up from the job page
  const resident = (await people.open('张秀英')).page;
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
  const staff = (await people.open('赵敏')).page;
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
  const employer = (await people.open('刘海燕')).page;
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
