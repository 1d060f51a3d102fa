import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { serverOrigin } from './servers';

/**
 * The safety page («Mistanke om vold eller overgrep») on a phone: the number to call is on the
 * first screen, the number that is open now comes first (Europe/Oslo time, from the browser's
 * clock), and example numbers from the shipped content can never be dialled.
 */
const PAGES = { nb: '/nb/vold-og-overgrep/', nn: '/nn/vold-og-overgrep/' } as const;
const PHONE = { width: 375, height: 812 };

for (const [lang, path] of Object.entries(PAGES)) {
	test(`${lang}: on a 375×812 phone the heading, the one sentence and the first tel: link are on the first screen`, { tag: '@smoke' }, async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.clock.setFixedTime(new Date('2026-12-01T14:30:00+01:00'));
		await page.goto(path);
		// Wait until the browser has put the number that is open now first (the state appears then).
		await expect(page.locator('[data-contact]').first()).toContainText(lang === 'nb' ? 'Åpent nå' : 'Ope no');
		const heading = page.getByRole('heading', { level: 1 });
		const firstTel = page.locator('a[href^="tel:"]').first();
		await expect(firstTel).toBeVisible();
		const headingBox = await heading.boundingBox();
		const telBox = await firstTel.boundingBox();
		expect(headingBox && headingBox.y >= 0).toBe(true);
		expect(telBox, 'the first tel: link has a box').not.toBeNull();
		expect(telBox!.y + telBox!.height, `first tel: link ends at y=${telBox!.y + telBox!.height}`).toBeLessThanOrEqual(PHONE.height);
		// The summary sentence sits between the heading and the numbers.
		const summary = page.locator('main h1 ~ p').first();
		expect((await summary.boundingBox())!.y).toBeLessThan(telBox!.y);
		await expectNoAxeViolations(page);
	});
}

test('at 20:00 Norwegian time the after-hours service comes first, and every number is still listed', { tag: '@smoke' }, async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-12-01T20:00:00+01:00'));
	await page.goto(PAGES.nb);
	const contacts = page.locator('[data-contact]');
	await expect(contacts.first()).toHaveAttribute('data-contact', 'barnevernvakt');
	await expect(contacts).toHaveCount(5);
	await expect(page.locator('[data-contact="barnevernstjenesten"]')).toContainText('Stengt nå');
	await expect(page.locator('[data-contact="barnevernvakt"]')).toContainText('Åpent nå');
	await expectNoAxeViolations(page);
});

test('in office hours (Tuesday 14:30) the child welfare service comes first, in nynorsk too', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-12-01T14:30:00+01:00'));
	await page.goto(PAGES.nn);
	await expect(page.locator('[data-contact]').first()).toHaveAttribute('data-contact', 'barnevernstjenesten');
	await expect(page.locator('[data-contact="barnevernstjenesten"]')).toContainText('Ope no');
});

test('an example number is text marked «eksempel», never a tel: link', { tag: '@smoke' }, async ({ page }) => {
	await page.goto(PAGES.nb);
	for (const id of ['barnevernstjenesten', 'barnevernvakt']) {
		const item = page.locator(`[data-contact="${id}"]`);
		await expect(item).toContainText('eksempel');
		await expect(item.locator('a')).toHaveCount(0);
	}
	await expect(page.locator('a[href="tel:12345678"], a[href="tel:12345679"]')).toHaveCount(0);
	await expect(page.locator('a[href="tel:112"]')).toHaveCount(1);
});

test('without JavaScript every number is listed in the order of kommune.yaml', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PAGES.nb);
	await expect(page.locator('[data-contact]')).toHaveCount(5);
	await expect(page.locator('[data-contact]').first()).toHaveAttribute('data-contact', 'barnevernstjenesten');
	await context.close();
});

test('the log tool link from kommune.yaml appears where the log is opened, used and closed', { tag: '@smoke' }, async ({ page }) => {
	for (const path of ['/nb/niva-1/trinn-1/', '/nn/niva-1/trinn-2/', '/nb/niva-1/trinn-4/']) {
		await page.goto(path);
		const resources = page.getByRole('region', { name: /Ressurser|Ressursar/ });
		await expect(resources.locator('a[href="https://stafettlogg.example.no/"]')).toHaveText(/^(Åpne|Opne) Stafettloggen \(eksempel\)$/);
	}
});

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: every page's footer has «Sist revidert», the version, the accessibility statement and feedback`, { tag: '@smoke' }, async ({ page }) => {
		for (const path of [`/${lang}/`, `/${lang}/niva-1/trinn-2/`, PAGES[lang]]) {
			await page.goto(path);
			const footer = page.locator('footer');
			await expect(footer).toContainText('Sist revidert 01.12.2026 · versjon 1.0');
			await expect(footer.getByRole('link', { name: /^Tilgjenge(lighets|legheits)erklæring$/ })).toHaveAttribute('href', /^https:\/\/uustatus\.no\//);
			await expect(footer.getByRole('link', { name: /tilbakemelding/ })).toHaveAttribute('href', /^mailto:/);
		}
		await expectNoAxeViolations(page);
	});
}

test('the site root opens the municipality’s default language: bokmål by default, nynorsk in Fjellvik', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/nb\/$/);
	await page.goto(`${serverOrigin('example')}/`);
	await expect(page).toHaveURL(/\/nn\/$/);
});
