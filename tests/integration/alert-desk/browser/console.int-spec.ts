import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AccountAdminService, PasswordHasher, RedisLocalAccountStore } from '@salw/auth';
import Redis from 'ioredis';
import { chromium, type Browser, type Page } from 'playwright-core';
import { consoleDirectory } from '../../../../apps/alert-desk/src/console/console-directory';
import { alertFor, declarationFor } from '../support/alert.fixture';
import { DeskHarness } from '../support/desk-harness';

const SHOTS = join(__dirname, '..', '..', '..', '..', 'reports', 'alert-desk');
const PASSWORD = 'a long enough password';

describe("the officers' console in Debian's Chromium", () => {
  const desk = new DeskHarness();
  let browser: Browser;

  beforeAll(async () => {
    if (!consoleDirectory()) execSync('npm run -s build:console', { stdio: 'inherit' });
    mkdirSync(SHOTS, { recursive: true });
    await desk.setUp();
    const redis = new Redis(desk.redis.url);
    const admin = new AccountAdminService(
      new RedisLocalAccountStore(redis, desk.config.redis.keyPrefix),
      new PasswordHasher(),
    );
    await admin.createOrReplace('ada', ['officer'], PASSWORD);
    await admin.createOrReplace('grace', ['supervisor'], PASSWORD);
    redis.disconnect();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await desk.tearDown();
  });

  async function signIn(username: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(desk.baseUrl);
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Worklist' }).waitFor();
    return page;
  }

  it('shows a new alert live, explains it, and closes it with an outcome that reaches the topic', async () => {
    const page = await signIn('ada');
    const alert = alertFor(`WEB-${desk.run}`, 1, {
      hits: [
        ...alertFor('x').hits,
        {
          indicator: 'EMBARGO_COUNTRY',
          points: 30,
          reason: 'transit country KP is under full UN arms embargo',
          evidence: { field: 'route.transit[0]', country: 'KP', regime: 'un-kp' },
        },
      ],
    });
    const declaration = declarationFor(alert.declarationId);
    await desk.produceDeclarations([{ ...declaration, route: { ...declaration.route, transit: ['KP'] } }]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await desk.produceAlerts([alert]);
    const row = page.locator(`tr[data-alert-id="${alert.alertId}"]`);
    await row.waitFor({ timeout: 2_000 });
    await page.screenshot({ path: join(SHOTS, 'queue.png'), fullPage: true });

    await row.getByRole('link').click();
    await page.getByRole('heading', { name: /Why it was raised/ }).waitFor();
    expect(await page.locator('mark').first().textContent()).toMatch(/upper receiver/i);
    expect(await page.getByLabel('Watchlist entry').textContent()).toContain(
      'GREEN PINE ASSOCIATED CORPORATION',
    );
    expect(await page.locator('.route li.embargoed').textContent()).toContain('KP');
    expect(await page.getByRole('button', { name: 'Assign' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByLabel('Outcome').selectOption('SEIZURE');
    await page.getByLabel('Note').fill('12 pistol slides in engine block');
    await page.screenshot({ path: join(SHOTS, 'detail.png'), fullPage: true });
    await page.getByRole('button', { name: 'Close alert' }).click();
    await page.getByText('outcome SEIZURE').waitFor();

    const records = await desk.kit.readCommitted([desk.topics.alertOutcomes], (received) =>
      received.some((r) => r.key === alert.alertId),
    );
    expect(records.filter((r) => r.key === alert.alertId).map((r) => JSON.parse(r.value!))).toEqual([
      expect.objectContaining({
        outcome: 'SEIZURE',
        officer: 'ada',
        note: '12 pistol slides in engine block',
      }),
    ]);
    await page.close();
  });

  it('keeps supervisor actions from an officer, in the page and at the API', async () => {
    const alert = alertFor(`WEB2-${desk.run}`);
    await desk.produceAlerts([alert]);
    const page = await signIn('ada');
    await page.locator(`tr[data-alert-id="${alert.alertId}"]`).getByRole('link').click();
    await page.getByRole('button', { name: 'Claim' }).waitFor();
    expect(await page.getByRole('button', { name: 'Assign' }).count()).toBe(0);
    const status = await page.evaluate(async (id) => {
      const me = (await (await fetch('/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(`/api/alerts/${id}/assign`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ assignee: 'ada' }),
      });
      return response.status;
    }, alert.alertId);
    expect(status).toBe(403);
    await page.close();

    const chief = await signIn('grace');
    await chief.locator(`tr[data-alert-id="${alert.alertId}"]`).getByRole('link').click();
    await chief.getByRole('button', { name: 'Assign' }).waitFor();
    await chief.screenshot({ path: join(SHOTS, 'supervisor-detail.png'), fullPage: true });
    await chief.getByRole('button', { name: 'Indicator performance' }).click();
    await chief.locator('tr[data-indicator="SANCTIONED_PARTY"]').waitFor();
    expect(await chief.locator('tr[data-indicator="SANCTIONED_PARTY"]').textContent()).toContain('100 %');
    await chief.screenshot({ path: join(SHOTS, 'indicator-performance.png'), fullPage: true });
    await chief.close();
  });
});
