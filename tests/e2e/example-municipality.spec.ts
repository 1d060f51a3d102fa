import { expect, test } from './fixtures';
import { expectNoAxeViolations, followAnswers } from './helpers';
import { serverOrigin } from './servers';

/**
 * A second municipality's guide (examples/fjellvik), built from the same code with another
 * content folder and served on its own free port: levels A–D, its own steps, deadlines, numbers,
 * colour, logo and glossary.
 */
const FJELLVIK = serverOrigin('example');

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: Fjellvik's guide walks from the start to an ending, with its own levels, deadlines and look`, async ({ page }) => {
		await page.goto(`${FJELLVIK}/${lang}/`);
		// Its emblem beside its name in text (the emblem is decorative then).
		await expect(page.locator('header .name')).toContainText('Fjellvik kommune');
		await expect(page.locator('header img.logo')).toHaveAttribute('alt', '');
		await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /\/kommune\/favicon\.svg$/);
		expect((await page.request.get(`${FJELLVIK}/kommune/logo.svg`)).headers()['content-type']).toBe('image/svg+xml');
		// The theme colour from kommune.yaml reaches Designsystemet's accent tokens.
		const accent = await page.locator('.app').evaluate((el) => getComputedStyle(el).getPropertyValue('--ds-color-accent-base-default').trim());
		expect(accent.toLowerCase()).toBe('#6b2c91');
		await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
		await followAnswers(page, lang, [
			['nei', 'arbeidssted'],
			['skole', 'hva-gjelder'],
			['skolemiljo', 'niva-a/trinn-1']
		]);
		await expect(page.locator('h1')).toContainText('Nivå A · trinn 1 av 3');
		await expect(page.locator('.deadlines')).toContainText(lang === 'nb' ? '5 virkedager' : '5 arbeidsdagar');
		await expectNoAxeViolations(page);
		await followAnswers(page, lang, [['nei', 'avslutning/ingen-bekymring']]);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Lag notat til arkivet' }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/arkivnotat/$`));
		await expect(page.locator('.document')).toContainText('Fjellvik kommune');
		await expect(page.locator('.document h3')).toHaveText('Avslutningsnotat');
	});

	test(`${lang}: Fjellvik's safety page has its own child welfare number, and its glossary its own words`, async ({ page }) => {
		await page.goto(`${FJELLVIK}/${lang}/mistanke-om-vold/`);
		// Fjellvik's number is an example (example: true): shown, marked «eksempel», never dialable.
		await expect(page.locator('[data-contact="barnevernstjenesten"]')).toContainText('98 76 54 32 eksempel');
		await expect(page.locator('a[href="tel:98765432"]')).toHaveCount(0);
		await expect(page.locator('a[href="tel:112"]')).toBeVisible();
		await page.goto(`${FJELLVIK}/${lang}/ordliste/`);
		await expect(page.locator('main')).toContainText('samhandlingslogg');
		await expectNoAxeViolations(page);
	});
}
