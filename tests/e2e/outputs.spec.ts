import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, followAnswers, startSchoolCase, oneLine, printedPages } from './helpers';

/**
 * The outputs for the archive: the note and the consent checklist, printed to PDF by Chromium
 * and read back with pdftotext (poppler-utils), in both languages.
 */

const WORDS = {
	nb: {
		closingTitle: 'Avslutningsnotat',
		sections: ['Hva som er gjort', 'Barnets stemme', 'Frister', 'Beslutning', 'Samtykke', 'Videre oppfølging', 'Underskrift'],
		decision: 'Saken avsluttes – ingen grunn til bekymring',
		marking: 'Unntatt offentlighet, jf. offl. § 13 og fvl. § 13',
		chrome: ['Oversikt over nivåene', 'Les på nynorsk', 'Kopier tekst', 'Fyll inn og se over', 'Slik blir notatet', 'Start på nytt'],
		makeNote: 'Lag notat til arkivet',
		copied: 'Teksten er kopiert',
		consentTitle: 'Sjekkliste for samtykke',
		consentChrome: ['Oversikt over nivåene', 'Skriv ut sjekklisten', 'Lag notat til arkivet'],
		progress: (n: number, m: number) => `${n} av ${m} punkter er krysset av`,
		pageLabel: 'Side'
	},
	nn: {
		closingTitle: 'Avslutningsnotat',
		sections: ['Kva som er gjort', 'Stemma til barnet', 'Fristar', 'Avgjerd', 'Samtykke', 'Vidare oppfølging', 'Underskrift'],
		decision: 'Saka blir avslutta – inga grunn til bekymring',
		marking: 'Unnateke offentlegheit, jf. offl. § 13 og fvl. § 13',
		chrome: ['Oversikt over nivåa', 'Les på bokmål', 'Kopier tekst', 'Fyll inn og sjå over', 'Slik blir notatet', 'Start på nytt'],
		makeNote: 'Lag notat til arkivet',
		copied: 'Teksten er kopiert',
		consentTitle: 'Sjekkliste for samtykke',
		consentChrome: ['Oversikt over nivåa', 'Skriv ut sjekklista', 'Lag notat til arkivet'],
		progress: (n: number, m: number) => `${n} av ${m} punkt er kryssa av`,
		pageLabel: 'Side'
	}
} as const;

const NOW = new Date('2027-03-23T10:00:00+01:00');

/** Walks level 0 to the «no concern» ending with a note on the first step, then opens the note. */
async function closingWalk(page: Page, lang: 'nb' | 'nn', stepNote: string) {
	await page.clock.setFixedTime(NOW);
	await startSchoolCase(page, lang);
	await page.locator('#notat-niva-0-trinn-1').fill(stepNote);
	await followAnswers(page, lang, [['nei', 'slutt/ingen-bekymring']]);
	await page.getByRole('link', { name: WORDS[lang].makeNote }).click();
	await expect(page).toHaveURL(new RegExp(`/${lang}/notat/$`));
	await expect(page.locator('main h1')).toBeFocused();
}

for (const lang of ['nb', 'nn'] as const) {
	const words = WORDS[lang];
	// The smoke tests (npm test) check each state of the note and the checklist with axe, in bokmål.
	const smoke = lang === 'nb' ? '@smoke' : [];

	test.describe(`${lang}: the note for the archive`, () => {
		test('prints only the note: marking, title, every section and what the user typed, no page chrome', { tag: smoke }, async ({ page }) => {
			const marker = `MERKE-${lang}-<script>alert(1)</script> <b>fet</b>`;
			await closingWalk(page, lang, marker);
			await page.locator('#felt-author').fill(`Forfattar-${lang}`);
			await page.locator('#felt-nextSteps').fill(`Neste-${lang}`);
			// What the user typed is text on the page, never markup.
			await expect(page.locator('.document')).toContainText(marker);
			expect(await page.locator('.document script, .document b').count()).toBe(0);
			await expectNoAxeViolations(page);

			const pages = await printedPages(page);
			const text = oneLine(pages.join('\n'));
			expect(pages.length).toBeGreaterThanOrEqual(1);
			expect(text).toContain(words.marking.toUpperCase());
			expect(text).toContain(words.closingTitle);
			for (const section of words.sections) expect(text).toContain(section);
			expect(text).toContain(marker);
			expect(text).toContain(`Forfattar-${lang}`);
			expect(text).toContain(`Neste-${lang}`);
			expect(text).toContain(words.decision);
			expect(text).toContain(lang === 'nb' ? 'tirsdag 23. mars 2027' : 'tysdag 23. mars 2027');
			for (const chrome of words.chrome) expect(text, `«${chrome}» must not be printed`).not.toContain(chrome);
			// The running header and the page number on every sheet.
			for (const [i, sheet] of pages.entries()) {
				expect(oneLine(sheet)).toContain(`${words.closingTitle} – Eksempel kommune – ${words.marking}`);
				expect(oneLine(sheet)).toContain(`${words.pageLabel} ${i + 1} / ${pages.length}`);
			}
		});

		test('prints a note of tens of thousands of characters completely, with the header on every sheet', async ({ page }) => {
			const long = `${'Observasjon i friminuttet, referert ordrett. '.repeat(800)}SLUTTMERKE-${lang}`;
			await closingWalk(page, lang, long);
			const pages = await printedPages(page);
			expect(pages.length).toBeGreaterThan(5);
			const text = oneLine(pages.join(' '));
			expect(text).toContain(`SLUTTMERKE-${lang}`);
			expect(text.split('Observasjon i friminuttet').length - 1).toBe(800);
			for (const sheet of pages) expect(oneLine(sheet)).toContain(`${words.closingTitle} – Eksempel kommune`);
		});

		test('«Kopier tekst» puts the plain text on the clipboard', async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await closingWalk(page, lang, `Kopimerke-${lang}`);
			await page.getByRole('button', { name: 'Kopier tekst' }).click();
			await expect(page.getByRole('status').filter({ hasText: words.copied })).toBeVisible();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied.split('\n')[0]).toBe(words.marking);
			expect(copied).toContain(words.closingTitle.toUpperCase());
			expect(copied).toContain(`Kopimerke-${lang}`);
			expect(copied).not.toMatch(/<[a-z]/);
		});

		test('when the browser refuses to copy, the text is shown selected for copying by hand', { tag: smoke }, async ({ page }) => {
			await page.addInitScript(() => {
				Object.defineProperty(navigator, 'clipboard', {
					value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }
				});
				document.execCommand = () => false;
			});
			await closingWalk(page, lang, `Handmerke-${lang}`);
			await page.getByRole('button', { name: 'Kopier tekst' }).click();
			const fallback = page.locator('#notat-tekst');
			await expect(fallback).toBeFocused();
			expect(await fallback.inputValue()).toContain(`Handmerke-${lang}`);
			const selected = await fallback.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart);
			expect(selected).toBe((await fallback.inputValue()).length);
			await expectNoAxeViolations(page);
		});

		test('«Last ned» saves the same text as a .txt file', async ({ page }) => {
			await closingWalk(page, lang, `Filmerke-${lang}`);
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Last ned som tekstfil' }).click();
			const file = await download;
			expect(file.suggestedFilename()).toBe('avslutningsnotat-2027-03-23.txt');
			const text = readFileSync((await file.path()) ?? '', 'utf8');
			expect(text).toContain(`Filmerke-${lang}`);
			for (const section of words.sections) expect(text).toContain(section);
		});
	});

	test.describe(`${lang}: the consent checklist`, () => {
		test('ticks are remembered, printed as filled and empty boxes, and counted in the note', { tag: smoke }, async ({ page }) => {
			await closingWalk(page, lang, 'Samtykkemerke');
			await page.goto(`/${lang}/samtykke/`);
			const boxes = page.locator('.checklist input[type="checkbox"]');
			await expect(boxes.first()).toBeEnabled();
			const total = await boxes.count();
			await boxes.nth(0).check();
			await boxes.nth(2).check();
			await expect(page.getByRole('status').filter({ hasText: words.progress(2, total) })).toBeVisible();
			await expectNoAxeViolations(page);

			await page.reload();
			await expect(boxes.nth(2)).toBeChecked();

			const pages = await printedPages(page);
			const text = pages.join('\n');
			expect(oneLine(text)).toContain(words.marking.toUpperCase());
			expect(oneLine(text)).toContain(words.consentTitle);
			expect(text.split('☒').length - 1).toBe(2);
			expect(text.split('☐').length - 1).toBe(total - 2);
			for (const chrome of words.consentChrome) expect(oneLine(text)).not.toContain(chrome);

			// The note lists every item by its text, the two ticked ones with ☒.
			const third = (await page.locator('.checklist label').nth(2).innerText()).trim();
			await page.goto(`/${lang}/notat/`);
			const consent = page.locator('.document [data-section="consent"] li');
			await expect(consent).toHaveCount(total);
			await expect(consent.filter({ hasText: '☒' })).toHaveCount(2);
			await expect(consent.nth(2)).toHaveText(`☒ ${third}`);
			await expect(consent.nth(1)).toContainText('☐');
		});

		test('steps that need consent link to the checklist', async ({ page }) => {
			await page.goto(`/${lang}/niva-1/trinn-1/`);
			await page.getByRole('link', { name: lang === 'nb' ? 'Gå til sjekklisten for samtykke' : 'Gå til sjekklista for samtykke' }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/samtykke/$`));
		});
	});
}

test('a 100 000-character note with emoji, right-to-left text and HTML keeps the page responsive and prints whole', async ({ page }) => {
	const line = 'Barnet sa «jeg vil ikke hjem» 😟 — שלום עליכם — مرحبا — <img src=x onerror=alert(1)> ';
	const note = `${line.repeat(Math.ceil(100_000 / line.length)).slice(0, 100_000)}SLUTTMERKE`;
	await closingWalk(page, 'nb', note);
	// Still responsive: typing in a field and seeing it in the document takes well under a second.
	const started = Date.now();
	await page.locator('#felt-author').fill('Kari');
	await expect(page.locator('.document')).toContainText('Kari');
	expect(Date.now() - started).toBeLessThan(2_000);
	expect(await page.locator('.document img').count()).toBe(0);
	const text = oneLine((await printedPages(page)).join(' '));
	expect(text).toContain('SLUTTMERKE');
	expect(text).toContain('שלום');
	expect(text).toContain('<img src=x onerror=alert(1)>');
});

test('the note page without any answers says so and leads to the start', async ({ page }) => {
	await page.goto('/nb/notat/');
	await expect(page.getByText('Du har ikke svart på noe i veilederen ennå')).toBeVisible();
	await page.getByRole('link', { name: 'Gå til starten av veilederen' }).click();
	await expect(page).toHaveURL(/\/nb\/$/);
});
