import { creditCodeCheckChar } from '../../functions/domain/orgs/credit-code';
import { fillField, phones } from './browser';

/**
 * The employer side end to end on 375×667 phones: 高峰 registers his organisation, 赵敏 (东山居委会) verifies it,
 * he posts a gig from the 保洁 template and 张秀英 finds it on her feed; a posting that asks for a deposit is
 * refused with its reason.
 */
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;
const RUN = String(Date.now()).slice(-5);
const ORG_NAME = `东山便民保洁服务部${RUN}`;
const GIG_TITLE = `楼道保洁${RUN}`;

function freshCreditCode(): string {
  const body = `92371002MA${RUN}${'0123456789ABCDEFGHJKLMNPQRTUWXY'[Number(RUN) % 31]}Q`;
  return body + creditCodeCheckChar(body)!;
}

const people = phones();
afterAll(() => people.closeAll());


it('employer registers, staff verify, employer posts from a template, resident finds it; a scam posting is refused', async () => {
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';

  // 高峰 registers his organisation in 东山居委会
  const employer = (await people.open('高峰')).page;
  await employer.goto(url('/packages/employer/pages/org/index'));
  await employer.getByTestId('org-form').waitFor();
  await fillField(employer, 'org-name', ORG_NAME);
  await employer.getByTestId('org-type-个体工商户').click();
  await fillField(employer, 'org-credit-code', freshCreditCode());
  await fillField(employer, 'org-contact-name', '高峰');
  await fillField(employer, 'org-contact-phone', '13906310014');
  await fillField(employer, 'org-address', '东山路 8 号');
  await employer.getByTestId('org-community').click();
  for (const name of ['环翠区', '鲸园街道', '东山居委会']) await employer.locator('.division-item', { hasText: name }).first().click();
  await fillField(employer, 'org-headcount', '4');
  await employer.getByTestId('org-submit').click();
  await employer.locator('[data-testid="org-status"][data-status="pending"]').waitFor();
  await employer.screenshot({ path: `${artifacts}/e2e-org-pending.png` });

  // 赵敏 verifies it
  const staff = (await people.open('赵敏')).page;
  await staff.goto(url('/packages/staff/pages/orgs/index'));
  const card = staff.getByTestId('staff-org-card').filter({ hasText: ORG_NAME });
  await card.waitFor();
  await card.getByTestId('staff-org-verify').click();
  await staff.locator('.taro__modal .taro-model__confirm', { hasText: '认证通过' }).first().click();
  await card.waitFor({ state: 'detached' });

  // 高峰 sees 已认证 and posts a gig from the 保洁 template, for tomorrow
  await employer.goto(url('/packages/employer/pages/org/index'));
  await employer.reload();
  await employer.locator('[data-testid="org-status"][data-status="verified"]').waitFor();
  await employer.goto(url('/packages/employer/pages/post/index'));
  await employer.getByTestId('post-template-保洁').click();
  await fillField(employer, 'post-title', GIG_TITLE);
  await employer.getByTestId('post-date-chip-1').click();
  await employer.screenshot({ path: `${artifacts}/e2e-post-form.png` });
  await employer.getByTestId('post-submit').click();
  await employer.waitForURL(/employer\/pages\/jobs/);
  await employer.getByText(GIG_TITLE).first().waitFor();

  // a posting that asks for a deposit is refused, with the reason
  await employer.goto(url('/packages/employer/pages/post/index'));
  await employer.getByTestId('post-template-保洁').click();
  await employer.getByTestId('post-date-chip-2').click();
  await fillField(employer, 'post-description', '上岗前先交押金 200 元，工具自备，日结。');
  await employer.getByTestId('post-submit').click();
  const refusal = employer.getByTestId('post-error');
  await refusal.waitFor();
  await expect(refusal.innerText()).resolves.toContain('押金');
  await employer.screenshot({ path: `${artifacts}/e2e-post-refused.png` });

  // 张秀英, who lives in 东山居委会, finds the new gig on her feed by its name and opens it
  const resident = (await people.open('张秀英')).page;
  await resident.locator('.job-card').first().waitFor();
  await resident.locator('.job-search input').fill(GIG_TITLE);
  await resident.locator('.search-button').click();
  const gig = resident.locator('.job-card', { hasText: GIG_TITLE }).first();
  await gig.waitFor();
  await expect(gig.innerText()).resolves.toContain(ORG_NAME);
  await gig.click();
  await resident.getByTestId('signup-button').waitFor();
  await expect(resident.locator('body').innerText()).resolves.toContain(GIG_TITLE);
  await resident.screenshot({ path: `${artifacts}/e2e-resident-finds-gig.png` });
}, 300_000);
