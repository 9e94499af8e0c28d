import type { Page } from 'playwright-core';
import { loginAs, usePhonePage } from './browser';

/**
 * 张秀英 (东山居委会, urban) opens 首页: nearby jobs nearest first, narrows to 周末, opens a job, then edits her
 * skills in 我的资料 and finds them kept after a reload. A second flow covers the separate consent for 困难类别,
 * its withdrawal, and 导出我的数据.
 */
const phone = usePhonePage();
const shots = process.env.E2E_ARTIFACTS ?? '/tmp';
const shot = (page: Page, name: string) => page.screenshot({ path: `${shots}/e2e-feed-${name}.png` });

async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('token');
    try {
      return JSON.parse(raw!).data ?? raw;
    } catch {
      return raw;
    }
  });
}

async function api(path: string, token: string) {
  const res = await fetch(`${process.env.E2E_API_URL}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return res.json();
}

/** Weekday in Weihai (UTC+8): 0 = Sunday … 6 = Saturday. */
const weihaiWeekday = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).getUTCDay();

interface CardInfo {
  id: string;
  walk: number;
  startsAt: string;
  title: string;
}

function readCards(page: Page): Promise<CardInfo[]> {
  return page.locator('.job-card').evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-job-id') ?? '',
      walk: Number(e.getAttribute('data-walk-minutes')),
      startsAt: e.getAttribute('data-starts-at') ?? '',
      title: e.querySelector('.job-tile__title')?.textContent ?? '',
    })),
  );
}

it('a resident sees nearby jobs nearest first, filters to 周末, opens one, and keeps an edited skill', async () => {
  const page = phone();
  await loginAs(page, '张秀英');
  await page.waitForURL(/pages\/index\/index/);

  // 1. The feed, centred on her home community (the headless browser grants no location), nearest first.
  await page.locator('.job-card').first().waitFor();
  await page.getByText(/以东山居委会为中心/).first().waitFor();
  await page.locator('.my-community-strip', { hasText: '东山居委会' }).first().waitFor();
  await shot(page, '1-home');
  const first = await readCards(page);
  expect(first.length).toBeGreaterThan(2);
  const walks = first.slice(0, 6).map((c) => c.walk);
  expect(walks.every((w) => Number.isInteger(w) && w > 0)).toBe(true);
  expect(walks).toEqual([...walks].sort((a, b) => a - b));

  // 2. 周末: every card left is a Saturday or Sunday shift, and the list is the API's answer to the same query.
  await page.locator('.filter-toggle').click();
  const weekend = page.waitForResponse((r) => r.url().includes('/jobs/nearby') && r.url().includes('when=weekend'));
  await page.locator('.filter-chip', { hasText: '周末' }).click();
  await weekend;
  await page.locator('.filter-toggle').click(); // close the panel to see the list
  await page.locator('.job-card, .feed-empty').first().waitFor();
  let radius = '';
  // Few weekend shifts within the 15-minute circle: widen to the whole street, as a resident would.
  if ((await page.locator('.job-card').count()) < 3 && (await page.locator('.widen-button').count()) > 0) {
    const wider = page.waitForResponse((r) => r.url().includes('/jobs/nearby') && r.url().includes('radius=3000'));
    await page.locator('.widen-button').first().click();
    await wider;
    await page.locator('.job-card, .feed-empty').first().waitFor();
    radius = '&radius=3000';
  }
  await page.locator('.active-filter', { hasText: '周末' }).first().waitFor();
  await shot(page, '2-weekend');
  const weekendCards = await readCards(page);
  expect(weekendCards.length).toBeGreaterThan(0);
  for (const c of weekendCards) expect([0, 6]).toContain(weihaiWeekday(c.startsAt));
  const token = await tokenOf(page);
  const fromApi = await api(`/jobs/nearby?when=weekend&sort=distance&limit=20${radius}`, token);
  expect(weekendCards.map((c) => c.id)).toEqual(fromApi.items.map((j: { id: string }) => j.id));

  // 3. The detail page: title, the 报名 button, and the honest note about contacts.
  const target = weekendCards[0];
  await page.locator(`.job-card[data-job-id="${target.id}"]`).click();
  await page.waitForURL(/packages\/jobs\/pages\/detail/);
  await page.locator('.job-title', { hasText: target.title }).first().waitFor();
  await page.getByText('报名审核通过后可查看联系方式').first().waitFor();
  await page.locator('[data-testid="signup-button"]').first().waitFor();
  await shot(page, '3-detail');

  // 4. 我的 → 我的资料: toggle 家政 and save.
  await page.goto(`${process.env.E2E_H5_URL}#/pages/me/index`);
  await page.locator('.profile-row').first().click();
  await page.waitForURL(/packages\/account\/pages\/profile/);
  const chip = page.locator('.skill-chip', { hasText: '家政' }).first();
  await chip.waitFor();
  const wasSelected = (await chip.getAttribute('data-selected')) === 'true';
  await chip.click();
  await expect(chip.getAttribute('data-selected')).resolves.toBe(String(!wasSelected));
  await page.locator('.profile-save').first().click();
  await page.locator('.profile-banner--ok').first().waitFor();
  await shot(page, '4-profile-saved');

  // 5. Reload: the choice came back from the server.
  await page.reload();
  const reloaded = page.locator('.skill-chip', { hasText: '家政' }).first();
  await reloaded.waitFor();
  expect(await reloaded.getAttribute('data-selected')).toBe(String(!wasSelected));
  const profile = await api('/me/profile', token);
  expect(profile.skills.includes('家政')).toBe(!wasSelected);
  await shot(page, '5-profile-reloaded');
}, 240_000);

it('困难类别 stay closed until she agrees on the consent page; withdrawing erases them; 导出 shows her data', async () => {
  const page = phone();
  await page.goto(`${process.env.E2E_H5_URL}#/packages/account/pages/profile/index`);
  await page.locator('.assisted-entry').first().click();
  await page.waitForURL(/packages\/account\/pages\/consent/);
  await page.getByText('谁能看到').first().waitFor();
  const agree = page.locator('.consent-agree').first();
  // Unticked by default, and 「同意并继续」 stays disabled until the box is ticked.
  expect(await page.locator('.consent-check').first().getAttribute('class')).not.toMatch(/consent-check--on/);
  expect(await agree.getAttribute('class')).toMatch(/nut-button-disabled/);
  await page.locator('.consent-check').first().click();
  expect(await agree.getAttribute('class')).not.toMatch(/nut-button-disabled/);
  await shot(page, '6-consent');
  await agree.click();
  await page.waitForURL(/packages\/account\/pages\/profile/);

  await page.locator('.assisted-chip', { hasText: '大龄' }).first().click();
  await page.locator('.profile-save').first().click();
  await page.locator('.profile-banner--ok').first().waitFor();
  const token = await tokenOf(page);
  expect((await api('/me/profile', token)).assistedCategories).toEqual(['大龄']);
  await shot(page, '7-assisted-saved');

  await page.locator('.withdraw-consent').first().click();
  // Taro's H5 showModal: the confirm button reads 撤回.
  await page.locator('.taro__modal .taro-model__confirm', { hasText: '撤回' }).first().click();
  await page.locator('.assisted-entry').first().waitFor();
  const after = await api('/me/profile', token);
  expect(after.assistedCategories).toEqual([]);
  expect(after.consents).toEqual([]);

  await page.goto(`${process.env.E2E_H5_URL}#/packages/account/pages/export/index`);
  await page.locator('.export-section', { hasText: '我的资料' }).first().waitFor();
  await page.getByText('张秀英').first().waitFor();
  await page.locator('.copy-export').first().waitFor();
  await shot(page, '8-export');
}, 180_000);
