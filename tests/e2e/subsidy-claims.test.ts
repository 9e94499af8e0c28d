import type { Notification, SubsidyApplication } from '../../contract';
import { idCheckChar } from '../../functions/domain/profile/id-number';
import { ageOn } from '../../functions/domain/subsidies/hire-age';
import { weihaiDate } from '../../functions/domain/time/weihai-clock';
import { fillField, phones } from './browser';

/**
 * 名额核查 on a phone: 海悦家政 (刘海燕, 东山, 环翠区) typed a 身份证号 that is not its hire's into a 一次性吸纳就业补贴
 * draft, so the draft holds that person's one-time place. The person comes to the counter; 郑华 (区市, 环翠区) opens
 * 我的 → 补贴审核 → 名额核查, types the number, sees the draft and voids it with a reason: 不予批准, 名额已释放, and
 * the number then holds nothing. The applicant's account reads it as 未批准 with the reason, and a message.
 * Community staff (赵敏) get an explanation instead of the desk.
 *
 * The squatter is an employer on purpose: 王小雨 has no home community (a resident's application needs one, and
 * resident-community.test.ts expects her to have none), and 张秀英's own startup place is taken in subsidy-flow.test.ts;
 * a hire's number binds to no account, so this test leaves no other test a different world.
 */
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;
const api = () => process.env.E2E_API_URL!;
const DAY = 86_400_000;

/** A valid 身份证号 (GB 11643 check character) of someone born in 环翠区 in the 1990s, new on every run. */
function freshIdNumber(): string {
  const birth = new Date(Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 3650) * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `371002${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

async function devLogin(persona: string): Promise<string> {
  const res = await fetch(`${api()}/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function call<T>(token: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${api()}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const people = phones();
afterAll(() => people.closeAll());

it('district staff find the draft holding a 身份证号, void it with a reason; the place is free and the applicant told', async () => {
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';
  const victim = freshIdNumber();
  const reason = '经核实，身份证号不是被招用人员本人的';

  // 海悦家政 saves a 吸纳就业补贴 draft with someone else's number
  const employer = await devLogin('employer-haiyue');
  const hiredOn = weihaiDate(Date.now() - 10 * DAY);
  const created = await call<SubsidyApplication>(employer, '/subsidy-applications', {
    policyId: 'hiring-subsidy',
    hire: {
      name: '李小明', idNumber: victim, age: ageOn(victim, hiredOn), hiredOn, contractMonths: 12,
      graduatedOn: null, unemployedSinceGraduation: false, unemploymentRegisteredOn: weihaiDate(Date.now() - 300 * DAY),
    },
  });
  expect(created.status).toBe(201);
  const applicationId = created.body.id;

  // 郑华: 我的 → 补贴审核 → 名额核查
  const { page } = await people.open('郑华');
  await page.goto(url('/pages/me/index'));
  await page.getByTestId('me-staff-subsidies').click();
  await page.getByTestId('staff-subsidies-claims').click();
  await expect(page.getByTestId('claims-kind-id').getAttribute('data-selected')).resolves.toBe('true');

  // a typo is caught before anything is sent, and the number stays in the box
  const typo = victim.slice(0, 17) + (victim[17] === '0' ? '1' : '0');
  await fillField(page, 'claims-number', typo);
  await page.getByTestId('claims-search').click();
  await expect(page.getByTestId('claims-number-error').innerText()).resolves.toContain('校验不通过');
  await expect(page.getByTestId('claims-number').locator('input').inputValue()).resolves.toBe(typo);

  await fillField(page, 'claims-number', victim.toLowerCase());
  await page.getByTestId('claims-search').click();
  const card = page.locator(`[data-testid="claim-card"][data-application-id="${applicationId}"]`);
  await card.waitFor();
  await expect(card.getAttribute('data-status')).resolves.toBe('draft');
  await expect(card.getAttribute('data-can-void')).resolves.toBe('true');
  const shown = await card.innerText();
  expect(shown).toContain('一次性吸纳就业补贴（被招用人员）');
  expect(shown).toContain('威海海悦家政服务有限公司');
  expect(shown).toContain('东山居委会');
  expect(shown).not.toContain(victim);
  await card.getByTestId('claim-void').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${artifacts}/e2e-subsidy-claims-found.png` });

  // 作废: a reason too short is refused on the phone; then the reason, and the confirm step
  await card.getByTestId('claim-void').click();
  await fillField(page, 'claims-void-reason', '冒用');
  await page.getByTestId('claims-void-submit').click();
  await expect(page.getByTestId('claims-void-error').innerText()).resolves.toContain('至少 4 个字');
  await fillField(page, 'claims-void-reason', reason);
  await page.getByTestId('claims-void-submit').click();
  await page.locator('.taro__modal .taro-model__confirm', { hasText: '确认作废' }).first().click();
  await page.locator(`[data-testid="claim-card"][data-application-id="${applicationId}"][data-status="rejected"]`).waitFor();
  const voided = await card.getByTestId('claim-voided').innerText();
  expect(voided).toContain('不予批准');
  expect(voided).toContain('名额已释放');
  expect(voided).toContain(reason);
  await expect(card.getByTestId('claim-void').count()).resolves.toBe(0);
  await page.waitForTimeout(2500); // the toast fades, for a still screenshot
  await card.getByTestId('claim-voided').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${artifacts}/e2e-subsidy-claims-voided.png` });

  // looked up again, the number holds nothing
  await page.getByTestId('claims-search').click();
  await expect(page.getByTestId('claims-none').innerText()).resolves.toContain('这个号码没有占用任何一次性补贴名额');
  await page.screenshot({ path: `${artifacts}/e2e-subsidy-claims-none.png` });

  // the applicant's account: 未批准 (不予批准) with the reason, and a message
  const mine = await call<{ items: SubsidyApplication[] }>(employer, '/me/subsidy-applications');
  expect(mine.status).toBe(200);
  const app = mine.body.items.find((a) => a.id === applicationId)!;
  expect(app).toMatchObject({ status: 'rejected' });
  expect(app.timeline.at(-1)).toMatchObject({ status: 'rejected', by: '区市名额核查', reason });
  const inbox = await call<{ items: Notification[] }>(employer, '/me/notifications');
  expect(inbox.body.items.some((n) => n.title === '补贴申请已作废' && n.body.includes(reason))).toBe(true);
}, 300_000);

it('community staff see who does 名额核查 and a way back, and no 名额核查 button on 补贴审核', async () => {
  const { page } = await people.open('赵敏');
  await page.goto(url('/packages/staff/pages/subsidies/index'));
  await page.getByTestId('staff-subsidies-tab-pending').waitFor();
  await expect(page.getByTestId('staff-subsidies-claims').count()).resolves.toBe(0);
  await page.goto(url('/packages/staff/pages/subsidy-claims/index'));
  await expect(page.getByTestId('claims-not-desk').innerText()).resolves.toContain('名额核查由区市或市级工作人员办理');
  await expect(page.getByTestId('claims-number').count()).resolves.toBe(0);
  await page.screenshot({ path: `${process.env.E2E_ARTIFACTS ?? '/tmp'}/e2e-subsidy-claims-community.png` });
}, 180_000);
