import { join } from 'node:path';
import nb from '../../src/lib/i18n/locales/nb.json' with { type: 'json' };
import nn from '../../src/lib/i18n/locales/nn.json' with { type: 'json' };
import type { GuideContent } from '../../src/lib/content/guide-content';
import { loadContent } from '../../src/lib/content/read-dir';
import { levelModels } from '../../src/lib/pages/levels';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, printedPages } from './helpers';
import { serverOrigin } from './servers';

/**
 * Printing a whole level, or the whole guide, for binders and training: the print pages are
 * static, so Ctrl+P prints them without JavaScript. Chromium prints them to PDF; pdftotext
 * reads them back. And the change log («Hva er endret») beside the version in the footer.
 */
const STRINGS = { nb, nn };
const ROOT = join(import.meta.dirname, '../..');
const guideOf = (dir: string) => loadContent(join(ROOT, dir)).content as GuideContent;

/** The headings the printout must hold, in order: each level, then its steps. */
function headingsOf(content: GuideContent, lang: 'nb' | 'nn') {
	return levelModels(content, lang).map((level) => ({
		level: `${level.label}: ${level.title}`,
		steps: level.steps.map((s) => `Trinn ${s.step}: ${s.title}`)
	}));
}

// pdftotext breaks lines where the sheet does, and drops a hyphen at a line's end.
const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, '');

/** Where each text is found in `text`, each after the one before it (-1 when it is missing or out of order). */
function positionsInOrder(text: string, wanted: string[]): number[] {
	let from = 0;
	return wanted.map((w) => {
		const at = squash(text).indexOf(squash(w), from);
		if (at >= 0) from = at + squash(w).length;
		return at;
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of ['nb', 'nn'] as const) {
		test(`${lang}: the whole guide prints as one document: every level and step in order, each level on a new sheet, no navigation`, { tag: lang === 'nb' ? '@smoke' : [] }, async ({ page }) => {
			const headings = headingsOf(guideOf('content'), lang);
			await page.goto(`/${lang}/skriv-ut/`);
			await expect(page.locator('h1')).toContainText(STRINGS[lang].print.guideTitle);
			const sheets = await printedPages(page);
			const text = sheets.join('\n');
			const wanted = headings.flatMap((h) => [h.level, ...h.steps]);
			expect(wanted.length).toBeGreaterThan(20);
			expect(positionsInOrder(text, wanted).map((at, i) => (at < 0 ? wanted[i] : 'ok'))).toEqual(wanted.map(() => 'ok'));
			// Every level after the first begins a sheet of its own.
			for (const { level } of headings.slice(1)) {
				const sheet = sheets.find((s) => squash(s).includes(squash(level)));
				expect(squash(sheet ?? '').startsWith(squash(level)), `${level} starts a sheet`).toBe(true);
			}
			for (const chrome of [STRINGS[lang].footer.privacy, STRINGS[lang].firstScreen.menu, STRINGS[lang].print.hint]) {
				expect(squash(text)).not.toContain(squash(chrome));
			}
		});
	}

	test('nn: a level prints alone, its steps in order and no other level', async ({ page }) => {
		const headings = headingsOf(guideOf('content'), 'nn');
		const [, one, ...others] = headings;
		await page.goto('/nn/niva-1/');
		await page.getByRole('link', { name: nn.print.printLevel }).click();
		await expect(page).toHaveURL(/\/nn\/niva-1\/skriv-ut\/$/);
		const text = (await printedPages(page)).join('\n');
		expect(positionsInOrder(text, [one!.level, ...one!.steps]).every((at) => at >= 0)).toBe(true);
		for (const other of [headings[0]!, ...others]) expect(squash(text)).not.toContain(squash(other.level));
	});
});

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: the print pages and the change log have no axe violations, and reflow at 320 px`, async ({ page }) => {
		for (const path of ['skriv-ut', 'niva-0/skriv-ut', 'endringer']) {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(`/${lang}/${path}/`);
			await expect(page.locator('h1')).toHaveCount(1);
			await expectNoAxeViolations(page);
			await page.setViewportSize({ width: 320, height: 640 });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});

	test(`${lang}: the footer links to the change log beside the version, and the overview to the whole guide in print`, { tag: lang === 'nb' ? '@smoke' : [] }, async ({ page }) => {
		const title = lang === 'nb' ? 'Hva er endret' : 'Kva er endra';
		await page.goto(`/${lang}/oversikt/`);
		const version = page.locator('footer p', { hasText: 'versjon 1.0' });
		await expect(version).toContainText(`· versjon 1.0 · ${title}`);
		await expect(page.getByRole('link', { name: STRINGS[lang].print.printGuide })).toHaveAttribute('href', `/${lang}/skriv-ut/`);
		await version.getByRole('link', { name: title }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/endringer/$`));
		await expect(page.locator('h1')).toHaveText(title);
		await expect(page.locator('main h2').first()).toHaveText('Versjon 1.0, 01.12.2026');
	});
}

test('nn: Fjellvik prints its own levels A–D, and its footer links to its change log', async ({ page }) => {
	const FJELLVIK = serverOrigin('example');
	const headings = headingsOf(guideOf('examples/fjellvik'), 'nn');
	expect(headings.map((h) => h.level.slice(0, 6))).toEqual(['Nivå A', 'Nivå B', 'Nivå C', 'Nivå D']);
	await page.goto(`${FJELLVIK}/nn/skriv-ut/`);
	const text = (await printedPages(page)).join('\n');
	const wanted = headings.flatMap((h) => [h.level, ...h.steps]);
	expect(positionsInOrder(text, wanted).map((at, i) => (at < 0 ? wanted[i] : 'ok'))).toEqual(wanted.map(() => 'ok'));
	await page.getByRole('link', { name: 'Kva er endra' }).click();
	await expect(page).toHaveURL(/\/nn\/endringer\/$/);
	await expectNoAxeViolations(page);
});
