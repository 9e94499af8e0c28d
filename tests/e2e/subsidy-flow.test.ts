import type { Page } from 'playwright-core';
import { creditCodeCheckChar } from '../../functions/domain/orgs/credit-code';
import { idCheckChar } from '../../functions/domain/profile/id-number';
import { fillField, launchBrowser, phones } from './browser';

/**
 * Subsidies end to end on phones: 张秀英 runs the 补贴测算 without an account (a new 个体工商户 in Weihai: 可申请 5,000 元
 * under 威就办〔2023〕9号 三、6), taps 去申请, signs in, fills in the licence details, uploads 营业执照 and 身份证明
 * straight to storage and submits; 赵敏 (社区初审), 吴刚 (街道复核) and 郑华 (区市审批) approve it in turn, and she
 * sees 已批准 in 我的补贴.
 */
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;
const RUN = String(Date.now()).slice(-5);
const SHOP = `东山小吃部${RUN}`;

/** A valid 统一社会信用代码 (GB 32100 check character) nobody has used in this run. */
function freshCreditCode(): string {
  const body = `92371002MA${RUN}${'0123456789ABCDEFGHJKLMNPQRTUWXY'[Number(RUN) % 31]}R`;
  return body + creditCodeCheckChar(body)!;
}

/** 张秀英's 身份证号 (born 1968), with a correct check character. */
const ID_NUMBER = ((first17: string) => first17 + idCheckChar(first17))('37100219680315002');

/** A 1×1 PNG: small, but a real image, so the H5 picker accepts it. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function uploadDocument(page: Page, kind: string, name: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(`subsidy-doc-pick-${kind}`).click()]);
  await chooser.setFiles({ name, mimeType: 'image/png', buffer: PNG });
  await page.locator(`[data-testid="subsidy-required-${kind}"][data-done="true"]`).waitFor();
}

async function approveAs(people: ReturnType<typeof phones>, displayName: string, applicationId: string) {
  const { page } = await people.open(displayName);
  await page.goto(url('/packages/staff/pages/subsidies/index'));
  const card = page.locator(`[data-testid="staff-subsidy-card"][data-application-id="${applicationId}"]`);
  await card.waitFor();
  await expect(card.innerText()).resolves.toContain(SHOP);
  await card.getByTestId('staff-subsidy-approve').click();
  await page.locator('.taro__modal .taro-model__confirm', { hasText: '通过' }).first().click();
  await card.waitFor({ state: 'detached' });
  return page;
}

const people = phones();
let anonymous: Awaited<ReturnType<typeof launchBrowser>> | undefined;
afterAll(async () => {
  await anonymous?.close();
  await people.closeAll();
});

it('resident prechecks without an account, applies with documents; three levels approve; she sees 已批准', async () => {
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';

  // 补贴测算, not signed in: Weihai, a 个体工商户 registered this year
  anonymous = await launchBrowser();
  const resident = await anonymous.context.newPage();
  resident.setDefaultTimeout(45_000);
  await resident.goto(url('/packages/subsidy/pages/precheck/index'));
  await resident.getByTestId('precheck-region-weihai').click();
  await resident.getByTestId('precheck-business-个体工商户').click();
  await fillField(resident, 'precheck-registered-on', '2025-06-01');
  await resident.getByTestId('precheck-submit').click();
  const line = resident.locator('[data-testid="precheck-line-startup-subsidy"][data-outcome="eligible"]');
  await line.waitFor();
  await expect(line.getByTestId('precheck-amount-startup-subsidy').innerText()).resolves.toContain('5,000 元');
  await expect(line.getByTestId('precheck-citation-startup-subsidy').innerText()).resolves.toContain('依据：威就办〔2023〕9号 三、6');
  await resident.screenshot({ path: `${artifacts}/e2e-subsidy-precheck.png` });

  // 去申请 → sign in → back on the form, prefilled from the answers
  await line.getByTestId('precheck-apply-startup-subsidy').click();
  await resident.waitForURL(/pages\/login\/index/);
  await resident.locator('.persona-card', { hasText: '张秀英' }).first().click();
  const form = resident.getByTestId('subsidy-form');
  await form.waitFor();
  await expect(resident.getByTestId('subsidy-business-kind-个体工商户').getAttribute('data-selected')).resolves.toBe('true');
  await expect(resident.getByTestId('subsidy-registered-on').locator('input').inputValue()).resolves.toBe('2025-06-01');
  await fillField(resident, 'subsidy-business-name', SHOP);
  await fillField(resident, 'subsidy-credit-code', freshCreditCode());
  if (await resident.getByTestId('subsidy-id-number').count()) await fillField(resident, 'subsidy-id-number', ID_NUMBER);
  await resident.getByTestId('subsidy-save').click();

  // the draft: upload 营业执照 and 身份证明, then submit
  await resident.getByTestId('subsidy-created').waitFor();
  const detail = resident.getByTestId('subsidy-detail');
  const applicationId = (await resident.getByTestId('subsidy-head').getAttribute('data-application-id'))!;
  await expect(resident.getByTestId('subsidy-amount').innerText()).resolves.toContain('5,000 元');
  await uploadDocument(resident, 'licence', 'licence.png');
  await uploadDocument(resident, 'id-proof', 'id-card.png');
  await resident.screenshot({ path: `${artifacts}/e2e-subsidy-documents.png` });
  await resident.getByTestId('subsidy-submit').click();
  await resident.locator('[data-testid="subsidy-detail"][data-status="pending-community"]').waitFor();
  await expect(detail.getByTestId('subsidy-status').innerText()).resolves.toContain('待社区初审');

  // 社区初审 → 街道复核 → 区市审批
  await approveAs(people, '赵敏', applicationId);
  await approveAs(people, '吴刚', applicationId);
  const district = await approveAs(people, '郑华', applicationId);
  await district.getByTestId('staff-subsidies-tab-approved').click();
  await district.locator(`[data-testid="staff-subsidy-card"][data-application-id="${applicationId}"]`).waitFor();
  await district.screenshot({ path: `${artifacts}/e2e-subsidy-approved-staff.png` });

  // 我的补贴: 已批准, and the application's timeline shows each step
  await resident.goto(url('/packages/subsidy/pages/mine/index'));
  await resident.reload();
  const mine = resident.locator(`[data-testid="my-subsidy"][data-application-id="${applicationId}"]`);
  await mine.waitFor();
  await expect(mine.getAttribute('data-status')).resolves.toBe('approved');
  await expect(mine.innerText()).resolves.toContain('已批准');
  await mine.click();
  await resident.locator('[data-testid="subsidy-detail"][data-status="approved"]').waitFor();
  await expect(resident.getByTestId('subsidy-timeline-item').count()).resolves.toBe(5);
  await resident.waitForTimeout(500); // the page's slide-in, for a still screenshot
  await resident.screenshot({ path: `${artifacts}/e2e-subsidy-approved.png` });
}, 400_000);
