import { phones } from './browser';
import { putDongshanGig } from './fixtures';

/**
 * 数据看板 on a phone: street staff 吴刚 (鲸园街道) opens it from 我的, sees 东山居委会 among his communities and drills
 * into it; a job posted in 东山 meanwhile reaches the figures through `npm start`'s stream pump, never a table scan.
 */
const url = (hash: string) => `${process.env.E2E_H5_URL}#${hash}`;
const DONGSHAN = '371002002001';

const people = phones();
afterAll(() => people.closeAll());

/** The first figure of a "a / b" tile. */
const firstFigure = async (text: Promise<string>) => Number((await text).split('\n')[0].split('/')[0].trim());

/** How many pixels of a chart's canvas are drawn on (neither white nor transparent). */
const inkedPixels = (page: import('playwright-core').Page, testId: string) =>
  page.locator(`[data-testid="${testId}"]:visible canvas`).first().evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) inked++;
    return inked;
  });

/** Asks again until the answer is `wanted` (or the time is up, then returns the last answer). */
async function eventually<T>(ask: () => Promise<T>, wanted: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await ask();
  while (!wanted(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 1500));
    value = await ask();
  }
  return value;
}

it('street staff open 数据看板, see 东山居委会 in the list and drill down to it; new events reach the figures', async () => {
  const artifacts = process.env.E2E_ARTIFACTS ?? '/tmp';
  const { page } = await people.open('吴刚');
  await page.goto(url('/pages/me/index'));
  await page.getByTestId('me-staff-dashboard').click();

  await expect(page.getByTestId('dashboard-division').innerText()).resolves.toBe('鲸园街道');
  await page.getByTestId('dashboard-target-helpedIntoWork').waitFor();
  await page.getByTestId('dashboard-categories').waitFor();
  // the comparison and the 就业状态 ring are drawn by the chart library on a canvas
  for (const chart of ['dashboard-compare', 'dashboard-status']) {
    expect(await eventually(() => inkedPixels(page, chart), (inked) => inked > 500, 10_000)).toBeGreaterThan(500);
    await page.getByTestId(chart).screenshot({ path: `${artifacts}/e2e-${chart}.png` });
  }
  const child = page.getByTestId(`dashboard-child-${DONGSHAN}`);
  await expect(child.innerText()).resolves.toContain('东山居委会');
  await child.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${artifacts}/e2e-dashboard-street.png`, fullPage: true });

  await child.click();
  // H5 keeps the street's page in the DOM under the new one: read only what is on screen
  const shown = (testId: string) => page.locator(`[data-testid="${testId}"]:visible`).first();
  await page.locator('[data-testid="dashboard-division"]:visible', { hasText: '东山居委会' }).waitFor();
  await shown('dashboard-jobs').waitFor();
  // a community is the last level: nothing further to drill into
  expect(await page.locator('[data-testid^="dashboard-child-"]:visible').count()).toBe(0);
  const before = await firstFigure(shown('dashboard-jobs').innerText());

  // a job published in 东山 now: the pump applies its stream record within a few seconds
  await putDongshanGig(`e2e-dash-${Date.now()}`, { title: '社区看板测试零工', startsInHours: 30 });
  const after = await eventually(async () => {
    await page.reload();
    return firstFigure(shown('dashboard-jobs').innerText());
  }, (jobs) => jobs === before + 1);
  expect(after).toBe(before + 1);

  // 本月 is one tap away and still counts the job
  await page.locator('.chip:visible', { hasText: '本月' }).click();
  await page.locator('.chip--on:visible', { hasText: '本月' }).waitFor();
  await expect(shown('dashboard-division').innerText()).resolves.toBe('东山居委会');
  expect(await eventually(() => firstFigure(shown('dashboard-jobs').innerText()), (jobs) => jobs >= 1)).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: `${artifacts}/e2e-dashboard-community.png`, fullPage: true });
}, 300_000);
