import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { serverOrigin } from './servers';

/**
 * The privacy proof: a whole walk with a marker typed into every text and date field, while
 * every request the browser makes is recorded. Nothing typed may leave the browser.
 */
const MARKER = 'PERSONVERN-MERKE-7391';
const MARKER_DATE = '17.03.2027';
const MARKER_ISO = '2027-03-17';
const MARKER_TIME = '07:39';
const ORIGIN = serverOrigin('site');

/** Fills every text field on the page with the marker, and every date field with the marker date. */
async function typeEverywhere(page: Page) {
	for (const field of await page.locator('main textarea:visible, main input[type="text"]:visible').all()) {
		const isDate = await field.evaluate((el) => el.closest('form.date-field') !== null);
		// A step's «when did it happen?» field, a date or time for the note: a text there would (rightly) stop the answer.
		const valueKind = await field.evaluate((el) => el.closest('[data-value-kind]')?.getAttribute('data-value-kind'));
		await field.fill(isDate || valueKind === 'date' ? MARKER_DATE : valueKind === 'time' ? MARKER_TIME : `${MARKER} <b>${MARKER}</b>`);
		if (isDate) await field.evaluate((el) => (el as HTMLInputElement).form?.requestSubmit());
	}
}

async function answer(page: Page, answerId: string, path: string) {
	await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
	await typeEverywhere(page);
	await page.locator(`.question a[data-answer="${answerId}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/nb/${path}$`));
}

test('nothing typed leaves the browser: same-origin static requests only, no cookies, no localStorage', async ({ page, context }) => {
	await page.clock.setFixedTime(new Date('2027-03-23T10:00:00+01:00'));
	const requests: Request[] = [];
	page.on('request', (request) => requests.push(request));

	await page.goto('/nb/');
	await answer(page, 'nei', 'tjeneste/');
	await answer(page, 'skole', 'sakstype/');
	await answer(page, 'skolemiljo', 'niva-0/trinn-1/');
	await answer(page, 'ja', 'niva-0/trinn-2/');
	await answer(page, 'ja', 'niva-0/trinn-3/');
	await answer(page, 'ja', 'niva-0/trinn-4/');
	await answer(page, 'egen-tjeneste', 'niva-1/trinn-1/');
	await answer(page, 'ja', 'niva-1/trinn-2/');
	await answer(page, 'ja', 'niva-1/trinn-3/');
	await answer(page, 'ja', 'niva-1/trinn-4/');
	await answer(page, 'avslutt', 'slutt/avsluttet-etter-tiltak/');

	// The deadlines page (calendar text), the consent checklist and the note with all its fields.
	await page.goto('/nb/frister/');
	await typeEverywhere(page);
	await page.goto('/nb/samtykke/');
	await page.locator('.checklist input[type="checkbox"]').first().check();
	// What she saw and whom she called, written on the safety page (issue 16).
	await page.goto('/nb/vold-og-overgrep/');
	await expect(page.locator('#felt-observation')).toBeVisible();
	await typeEverywhere(page);
	await page.goto('/nb/notat/');
	await expect(page.locator('.document')).toBeVisible();
	await page.locator('details.step-notes summary').click();
	await typeEverywhere(page);
	await expect(page.locator('.document')).toContainText(MARKER);
	await expect(page.locator('.document')).toContainText('onsdag 17. mars 2027');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned som tekstfil' }).click();
	await download;

	// Every request: a GET for a static file of the guide's own origin, with no trace of the marker.
	expect(requests.length).toBeGreaterThan(10);
	for (const request of requests) {
		const url = new URL(request.url());
		expect(url.origin, request.url()).toBe(ORIGIN);
		expect(request.method(), request.url()).toBe('GET');
		// Pages, code and pictures: no query, except the fixed flags SvelteKit's router adds when it
		// fetches a page's prerendered data (…/__data.json?x-sveltekit-invalidated=001): 0s and 1s only.
		for (const [key, value] of url.searchParams) {
			expect(['x-sveltekit-trailing-slash', 'x-sveltekit-invalidated'], request.url()).toContain(key);
			expect(value, request.url()).toMatch(/^[01]+$/);
			expect(url.pathname, request.url()).toMatch(/\/__data\.json$/);
		}
		expect(url.pathname).toMatch(/^\/(_app\/|nb\/|layout\/nb\.json$|kommune\/|favicon\.svg$)/);
		const seen = `${request.url()} ${JSON.stringify(await request.allHeaders())} ${request.postData() ?? ''}`;
		for (const secret of [MARKER, MARKER_DATE, MARKER_ISO, MARKER_TIME]) expect(seen, request.url()).not.toContain(secret);
	}
	expect(await context.cookies()).toEqual([]);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	// The walk is in this tab's sessionStorage, and only there.
	expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toContain(MARKER);
	expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toContain(MARKER_TIME);

	// «Start på nytt» (in the trail of answers) leaves nothing of it behind.
	await page.goto('/nb/niva-1/trinn-4/');
	await page.locator('details.trail summary').click();
	await page.getByRole('button', { name: 'Start på nytt' }).click();
	await page.getByRole('button', { name: 'Ja, slett alt og start på nytt' }).click();
	await expect(page).toHaveURL(/\/nb\/$/);
	await expect(page.locator('details.trail')).toHaveCount(0);
	const storage = await page.evaluate(() => JSON.stringify(sessionStorage));
	for (const secret of [MARKER, MARKER_ISO, MARKER_TIME]) expect(storage).not.toContain(secret);
	expect(await page.evaluate(() => sessionStorage.getItem('handlingsveilederen:walk'))).toBeNull();
});
