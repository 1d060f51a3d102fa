import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, followAnswers } from './helpers';

/**
 * Clicks an answer and waits for the next page; checks that focus moved to its heading,
 * that SvelteKit's route announcer names it, and that axe finds nothing in the new state.
 */
async function answer(page: Page, answerId: string, expectedPath: string) {
	// A click before hydration is a plain link: it works, but is not recorded.
	await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
	await page.locator(`.question a[data-answer="${answerId}"]`).click();
	await expect(page).toHaveURL(new RegExp(`${expectedPath.replace(/\//g, '\\/')}$`));
	const heading = page.locator('main h1');
	await expect(heading).toBeFocused();
	// SvelteKit's own route announcer reads the new page's title to screen readers.
	await expect(page.locator('#svelte-announcer')).toContainText((await heading.innerText()).split('\n').pop() ?? '');
	await expectNoAxeViolations(page);
}

async function trailCount(page: Page): Promise<number> {
	const summary = await page.locator('details.trail summary').innerText();
	return Number(/\((\d+)\)/.exec(summary)?.[1]);
}

async function startAsSchoolCase(page: Page, lang: string) {
	await page.goto(`/${lang}/`);
	await expect(page.locator('.question a[data-answer="nei"]')).toBeVisible();
	await answer(page, 'nei', `/${lang}/tjeneste/`);
	await answer(page, 'skole', `/${lang}/sakstype/`);
	await answer(page, 'skolemiljo', `/${lang}/niva-0/trinn-1/`);
}

for (const lang of ['nb', 'nn'] as const) {
	const smoke = lang === 'nb' ? '@smoke' : [];
	test.describe(`${lang}: walks through the guide`, () => {
		// The smoke tests (npm test) walk in bokmål; npm run test:full in both languages.
		test('(a) level 0 → «no» → the closing ending', { tag: smoke }, async ({ page }) => {
			await startAsSchoolCase(page, lang);
			await expectNoAxeViolations(page);
			await answer(page, 'ja', `/${lang}/niva-0/trinn-2/`);
			await answer(page, 'nei', `/${lang}/slutt/ingen-bekymring/`);
			await expect(page.locator('h1')).toContainText(lang === 'nb' ? 'ingen grunn til bekymring' : 'inga grunn til bekymring');
			expect(await trailCount(page)).toBe(5);
			await expectNoAxeViolations(page);
		});

		test('(b) level 0 → 1 → continue loop → 2 → d) → 3 → close', async ({ page }) => {
			// 22 answers, each a page load checked with axe: 40–60 s, more on a busy machine.
			test.slow();
			await startAsSchoolCase(page, lang);
			for (const next of ['niva-0/trinn-2', 'niva-0/trinn-3', 'niva-0/trinn-4']) await answer(page, 'ja', `/${lang}/${next}/`);
			await answer(page, 'egen-tjeneste', `/${lang}/niva-1/trinn-1/`);
			for (const next of ['niva-1/trinn-2', 'niva-1/trinn-3', 'niva-1/trinn-4']) await answer(page, 'ja', `/${lang}/${next}/`);
			await expectNoAxeViolations(page);
			await answer(page, 'fortsett', `/${lang}/niva-1/trinn-2/`); // the loop back to «carry out measures»
			await answer(page, 'ja', `/${lang}/niva-1/trinn-3/`);
			await answer(page, 'ja', `/${lang}/niva-1/trinn-4/`);
			await answer(page, 'ekstern-hjelp', `/${lang}/niva-2/trinn-1/`);
			for (const next of ['niva-2/trinn-2', 'niva-2/trinn-3', 'niva-2/trinn-4']) await answer(page, 'ja', `/${lang}/${next}/`);
			await answer(page, 'd-niva-3', `/${lang}/niva-3/trinn-1/`);
			for (const next of ['niva-3/trinn-2', 'niva-3/trinn-3', 'niva-3/trinn-4']) await answer(page, 'ja', `/${lang}/${next}/`);
			await expectNoAxeViolations(page);
			await answer(page, 'avslutt', `/${lang}/slutt/avsluttet-etter-tiltak/`);
			expect(await trailCount(page)).toBe(22);
			// The overview shows the path taken.
			await page.goto(`/${lang}/oversikt/`);
			await expect(page.locator('.steps__item--answered')).toHaveCount(16);
			await expectNoAxeViolations(page);
		});

		test('(c) the violence/abuse path marks steps that contact the guardians', { tag: smoke }, async ({ page }) => {
			await page.goto(`/${lang}/`);
			await answer(page, 'ja', `/${lang}/vold-og-overgrep/`);
			await expect(page.locator('a[href="tel:112"]')).toBeVisible();
			await expectNoAxeViolations(page);
			await answer(page, 'videre', `/${lang}/tjeneste/`);
			await answer(page, 'barnehage', `/${lang}/sakstype/`);
			await answer(page, 'annet', `/${lang}/niva-0/trinn-1/`);
			await answer(page, 'ja', `/${lang}/niva-0/trinn-2/`);
			await answer(page, 'ja', `/${lang}/niva-0/trinn-3/`);
			const notice = page.locator('.not-applicable');
			await expect(notice).toBeVisible();
			await expect(notice).toContainText(lang === 'nb' ? 'Gjelder ikke nå' : 'Gjeld ikkje no');
			await expectNoAxeViolations(page);
			await answer(page, 'ja', `/${lang}/niva-0/trinn-4/`);
			await page.locator('details.trail summary').click();
			await expect(page.locator('details.trail li').nth(6)).toContainText(lang === 'nb' ? 'gjaldt ikke' : 'gjaldt ikkje');
		});

		test('(d) reload, Back and language switch lose nothing; changing an answer truncates', { tag: smoke }, async ({ page }) => {
			await startAsSchoolCase(page, lang);
			await answer(page, 'ja', `/${lang}/niva-0/trinn-2/`);
			const note = page.locator('#notat-niva-0-trinn-2');
			await note.fill('Avtalt oppfølging <b>neste uke</b>');
			await page.reload();
			await expect(note).toHaveValue('Avtalt oppfølging <b>neste uke</b>');
			expect(await trailCount(page)).toBe(4);
			await answer(page, 'ja', `/${lang}/niva-0/trinn-3/`);
			await page.goBack();
			await expect(page).toHaveURL(new RegExp(`/${lang}/niva-0/trinn-2/$`));
			await expect(note).toHaveValue('Avtalt oppfølging <b>neste uke</b>');
			// «Ja, … (ditt svar)», with its space (issue 19: it read «Ja(ditt svar)»).
			await expect(page.locator('.question a[data-answer="ja"]')).toContainText(lang === 'nb' ? /\S \(ditt svar\)/ : /\S \(svaret ditt\)/);
			await page.goForward();
			await expect(page).toHaveURL(new RegExp(`/${lang}/niva-0/trinn-3/$`));
			// Switch language: same place, same answers. History moves the URL before the router
			// has rendered the page, so wait for the header's link to be this page's.
			const other = lang === 'nb' ? 'nn' : 'nb';
			const switchLink = page.locator(`header a[hreflang="${other}"]`);
			await expect(switchLink).toHaveAttribute('href', new RegExp(`/${other}/niva-0/trinn-3/$`));
			await switchLink.click();
			await expect(page).toHaveURL(new RegExp(`/${other}/niva-0/trinn-3/$`));
			expect(await trailCount(page)).toBe(5);
			await page.goto(`/${lang}/niva-0/trinn-1/`);
			await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
			// Changing an earlier answer warns before dropping the later ones.
			await page.locator('.question a[data-answer="nei"]').click();
			const confirm = page.locator('.question__confirm');
			await expect(confirm).toBeFocused();
			await expect(confirm).toContainText('1 ');
			await expectNoAxeViolations(page);
			await confirm.locator('button').first().click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/slutt/ingen-bekymring/$`));
			expect(await trailCount(page)).toBe(4);
		});

		test('(f) «not yet» keeps the step waiting; the trail quotes what each answer concluded', { tag: smoke }, async ({ page }) => {
			await startAsSchoolCase(page, lang);
			await answer(page, 'ja', `/${lang}/niva-0/trinn-2/`);
			await answer(page, 'ja', `/${lang}/niva-0/trinn-3/`);
			await page.locator('textarea[id^="notat-"]').fill('Møte avtalt med mor.');
			await page.locator('.question a[data-answer="ikke-enda"]').click();
			await expect(page.locator('.question [role="status"]')).toContainText(lang === 'nb' ? 'Trinnet venter til det er gjort' : 'Trinnet ventar til det er gjort');
			await expect(page).toHaveURL(new RegExp(`/${lang}/niva-0/trinn-3/$`));
			expect(await trailCount(page)).toBe(5); // nothing recorded
			await expectNoAxeViolations(page);
			await page.reload();
			await expect(page.locator('textarea[id^="notat-"]')).toHaveValue('Møte avtalt med mor.');
			await answer(page, 'ja', `/${lang}/niva-0/trinn-4/`);
			await page.locator('details.trail summary').click();
			const items = page.locator('details.trail li');
			await expect(items).toHaveCount(6);
			await expect(items.nth(5)).toContainText(
				lang === 'nb' ? 'Den nødvendige samtalen med foresatte er gjennomført.' : 'Den nødvendige samtalen med føresette er gjennomført.'
			);
			await expect(items.nth(4)).toContainText('Det er grunn til bekymring');
			// The steps (after the start, service and case-type questions) say what happened, never a bare yes or no.
			for (const text of (await items.allInnerTexts()).slice(3)) expect(text).not.toMatch(/: (Ja|Nei)\b/);
			// «Not yet» on the answered step takes the answer back; the note waits on the step again.
			await page.goBack();
			await expect(page).toHaveURL(new RegExp(`/${lang}/niva-0/trinn-3/$`));
			await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
			await page.locator('.question a[data-answer="ikke-enda"]').click();
			await expect(page.locator('.question [role="status"]')).not.toBeEmpty();
			expect(await trailCount(page)).toBe(5);
			await expect(page.locator('textarea[id^="notat-"]')).toHaveValue('Møte avtalt med mor.');
		});

		test('«Start på nytt» clears the walk after a confirmation', { tag: smoke }, async ({ page }) => {
			await startAsSchoolCase(page, lang);
			await page.locator('details.trail summary').click();
			await page.getByRole('button', { name: 'Start på nytt' }).click();
			const dialog = page.locator('dialog[open]');
			await expect(dialog).toBeVisible();
			await expectNoAxeViolations(page);
			await dialog.locator('button').first().click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
			await expect(page.locator('details.trail')).toHaveCount(0);
			expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
		});
	});

	test(`${lang}: (e) without JavaScript, links alone lead from the start to an ending`, { tag: smoke }, async ({ browser, page: withScript }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/${lang}/`);
		await followAnswers(page, lang, [
			['nei', 'tjeneste'],
			['helsestasjon', 'sakstype'],
			['annet', 'niva-0/trinn-1'],
			['ja', 'niva-0/trinn-2'],
			['ja', 'niva-0/trinn-3'],
			['ja', 'niva-0/trinn-4'],
			['avslutt', 'slutt/ingen-bekymring']
		]);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('textarea')).toHaveCount(0); // no memory, no note without JavaScript
		const ending = page.url();
		await context.close();
		// axe needs script in the page; the no-JS states are the prerendered pages themselves.
		await withScript.goto(ending);
		await expectNoAxeViolations(withScript);
	});
}
