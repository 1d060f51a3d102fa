import { expect, test } from './fixtures';
import { expectNoAxeViolations, startSchoolCase } from './helpers';

/** Issue 15, part 4: nothing typed is lost without a word. */
const KEY = 'handlingsveilederen:walk';

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: «Neste trinn» keeps the note typed on the step, and it reaches the note`, { tag: lang === 'nb' ? '@smoke' : [] }, async ({ page }) => {
		await startSchoolCase(page, lang);
		await page.locator('#notat-niva-0-trinn-1').fill('Snakket kort med kontaktlærer.');
		await page.locator('nav.pager a[rel="next"]').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/niva-0/trinn-2/$`));
		await page.goto(`/${lang}/notat/`);
		const steps = page.locator('.document__steps');
		await expect(steps).toContainText('Snakket kort med kontaktlærer.');
		await expect(steps).toContainText(lang === 'nb' ? 'ikke besvart ennå' : 'ikkje svart enno');
		await expectNoAxeViolations(page);
	});

	test(`${lang}: blocked or full storage shows a warning that offers to save the case as a file`, async ({ browser }) => {
		for (const failure of ['blocked', 'full'] as const) {
			const context = await browser.newContext();
			await context.addInitScript((kind) => {
				if (kind === 'blocked') {
					Object.defineProperty(window, 'sessionStorage', {
						get() {
							throw new DOMException('The operation is insecure.', 'SecurityError');
						}
					});
				} else {
					Storage.prototype.setItem = () => {
						throw new DOMException('Quota exceeded', 'QuotaExceededError');
					};
				}
			}, failure);
			const page = await context.newPage();
			await page.goto(`/${lang}/`);
			await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
			await page.locator('.question a[data-answer="nei"]').click();
			const warning = page.locator('[data-storage-warning]');
			await expect(warning, failure).toBeVisible();
			await expect(warning.getByRole('button', { name: lang === 'nb' ? 'Lagre saken' : 'Lagre saka' })).toBeVisible();
			await expectNoAxeViolations(page);
			await context.close();
		}
	});

	test(`${lang}: a stored walk with a year-10000 deadline is repaired, and the note and deadlines pages still work`, async ({ page }) => {
		await startSchoolCase(page, lang);
		await page.evaluate((key) => {
			const walk = JSON.parse(sessionStorage.getItem(key) ?? '{}');
			walk.dates = { undring: '9999-12-28', evalueringsmote: 'i morgen' };
			walk.drafts = { x: 42 };
			sessionStorage.setItem(key, JSON.stringify(walk));
		}, KEY);
		for (const path of ['frister', 'notat']) {
			await page.goto(`/${lang}/${path}/`);
			await expect(page.locator('main h1')).toBeVisible();
			await expect(page.locator('[data-read-outcome="repaired"]')).toBeVisible();
			await expectNoAxeViolations(page);
		}
		// Answers that cannot be trusted: refused, with a message, and the page still works.
		await page.evaluate((key) => sessionStorage.setItem(key, '{"version":1,"entries":[{"nodeId":7}]}'), KEY);
		await page.goto(`/${lang}/notat/`);
		await expect(page.locator('[data-read-outcome="refused"]')).toBeVisible();
	});

	test(`${lang}: an answer opened in a new tab: the new tab says plainly that it holds no case`, async ({ page, context }) => {
		await startSchoolCase(page, lang);
		const [tab] = await Promise.all([context.waitForEvent('page'), page.locator('.question a[data-answer="ja"]').click({ modifiers: ['Control'] })]);
		await tab.waitForLoadState();
		await expect(tab.locator("[data-new-tab]")).toBeVisible();
		await expect(tab.locator('[data-new-tab]')).toContainText(lang === 'nb' ? 'Denne fanen har ingen sak' : 'Denne fana har inga sak');
		await expectNoAxeViolations(tab);
		// The first tab still holds the case where it was.
		await expect(page).toHaveURL(new RegExp(`/${lang}/niva-0/trinn-1/$`));
		expect(await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '{}').entries.length, KEY)).toBe(3);
	});
}
