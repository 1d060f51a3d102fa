import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, followAnswers, startSchoolCase } from './helpers';

/** Issue 15, part 1: the case saved to an encrypted file, and opened again in a fresh browser. */
const KEY = 'handlingsveilederen:walk';
const PASSPHRASE = 'fire hester i snø';
const stored = (page: Page) => page.evaluate((key) => sessionStorage.getItem(key), KEY);

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: save a case, close the browser, open it again: wrong passphrase refused, right one restores it exactly`, { tag: lang === 'nb' ? '@smoke' : [] }, async ({ browser, page }, testInfo) => {
		test.setTimeout(120_000);
		await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
		await startSchoolCase(page, lang);
		await page.locator('#dato-undring').fill('02.11.2026');
		await page.locator('#notat-niva-0-trinn-1').fill('Uro i friminuttene, tre dager på rad.');
		await followAnswers(page, lang, [['ja', 'niva-0/trinn-2']]);
		await page.locator('#hendelse-niva-0-trinn-2').fill('05.11.2026');
		await followAnswers(page, lang, [['ja', 'niva-0/trinn-3']]);
		await page.goto(`/${lang}/samtykke/`);
		await page.locator('#samtykke-foreldreansvar').check();
		await page.goto(`/${lang}/niva-0/trinn-3/`);
		const before = await stored(page);
		expect(before).toContain('Uro i friminuttene');

		// Save from the trail.
		await page.locator('details.trail summary').click();
		const actions = page.locator('[data-case-file="sak-spor"]');
		await actions.getByRole('button', { name: lang === 'nb' ? 'Lagre saken' : 'Lagre saka' }).click();
		await page.locator('#sak-spor-lagre-passord').fill('kort');
		await actions.locator('form[data-case-save] button[type="submit"]').click();
		await expect(actions.locator('.ds-error-summary')).toBeFocused();
		await expectNoAxeViolations(page);
		await page.locator('#sak-spor-lagre-passord').fill(PASSPHRASE);
		await page.locator('#sak-spor-lagre-gjenta').fill(PASSPHRASE);
		const [download] = await Promise.all([page.waitForEvent('download'), actions.locator('form[data-case-save] button[type="submit"]').click()]);
		expect(download.suggestedFilename()).toBe('sak-2026-12-01.bti');
		const path = testInfo.outputPath('sak.bti');
		await download.saveAs(path);
		const text = readFileSync(path, 'utf8');
		expect(text).not.toContain('friminutt');
		expect(JSON.parse(text)).toMatchObject({ format: 'handlingsveilederen-sak', version: 1, kdf: { iterations: 600000 } });
		await expect(actions.locator('[role="status"]')).toContainText('sak-2026-12-01.bti');
		await page.context().close();

		// A fresh browser, where another case has been started.
		const context = await browser.newContext();
		const fresh = await context.newPage();
		await fresh.clock.setFixedTime(new Date('2026-12-08T10:00:00+01:00'));
		await fresh.goto(`/${lang}/`);
		await expect(fresh.locator('.question[data-enhanced="true"]')).toBeVisible();
		await followAnswers(fresh, lang, [['nei', 'tjeneste']]);
		await fresh.goto(`/${lang}/`);
		const other = await stored(fresh);
		const start = fresh.locator('[data-case-file="sak-start"]');
		await start.getByRole('button', { name: lang === 'nb' ? 'Åpne en lagret sak' : 'Opne ei lagra sak' }).click();
		await start.locator('input[type="file"]').setInputFiles(path);
		await fresh.locator('#sak-start-apne-passord').fill('feil passord her');
		await start.locator('form[data-case-open] button[type="submit"]').click();
		await expect(start.locator('[data-case-error="wrongPassphrase"]')).toBeVisible({ timeout: 30_000 });
		await expect(start.locator('[data-case-error]')).toBeFocused();
		expect(await stored(fresh)).toBe(other);
		await expectNoAxeViolations(fresh);

		// The right passphrase: the tab holds answers, so it asks first.
		await fresh.locator('#sak-start-apne-passord').fill(PASSPHRASE);
		await start.locator('form[data-case-open] button[type="submit"]').click();
		const confirm = start.getByRole('button', { name: lang === 'nb' ? 'Ja, erstatt saken' : 'Ja, byt ut saka' });
		await expect(confirm).toBeVisible({ timeout: 30_000 });
		expect(await stored(fresh)).toBe(other);
		await expectNoAxeViolations(fresh);
		await confirm.click();
		await expect(start.locator('[data-case-opened]')).toBeVisible();
		await expect(start.locator('[data-case-opened]')).toContainText('01.12.2026');
		expect(JSON.parse((await stored(fresh)) ?? '')).toEqual(JSON.parse(before ?? ''));
		await expectNoAxeViolations(fresh);

		// Trail, notes, dates and ticks are back.
		await fresh.goto(`/${lang}/niva-0/trinn-3/`);
		await fresh.locator('details.trail summary').click();
		await expect(fresh.locator('details.trail li')).toHaveCount(5);
		await expect(fresh.locator('details.trail')).toContainText('05.11.2026');
		await fresh.goto(`/${lang}/niva-0/trinn-1/`);
		await expect(fresh.locator('#notat-niva-0-trinn-1')).toHaveValue('Uro i friminuttene, tre dager på rad.');
		await expect(fresh.locator('#dato-undring')).toHaveValue('02.11.2026');
		await fresh.goto(`/${lang}/samtykke/`);
		await expect(fresh.locator('#samtykke-foreldreansvar')).toBeChecked();

		// Two tabs: each tab has its own case. Opening the file in one leaves the other as it was.
		const second = await context.newPage();
		await second.goto(`/${lang}/`);
		await expect(second.locator('.question[data-enhanced="true"]')).toBeVisible();
		expect(await stored(second)).toBeNull();
		expect(JSON.parse((await stored(fresh)) ?? '')).toEqual(JSON.parse(before ?? ''));
		await context.close();
	});
}

test('a file from another guide, a newer version and a damaged file each get their own sentence; the case is untouched', async ({ page }, testInfo) => {
	test.setTimeout(120_000);
	await page.goto('/nb/');
	await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
	const base = { format: 'handlingsveilederen-sak', version: 1, guide: 'Eksempel kommune', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' }, cipher: { name: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA' }, check: 'x', data: 'AAAA' };
	const cases: [string, object | string, string][] = [
		['other', { ...base, guide: 'Fjellvik kommune' }, 'otherGuide'],
		['newer', { ...base, version: 2 }, 'newerVersion'],
		['damaged', { ...base, kdf: { ...base.kdf, salt: 'ikke base64!' } }, 'damaged'],
		['text', 'Handleliste: melk, brød', 'notACaseFile']
	];
	const start = page.locator('[data-case-file="sak-start"]');
	await start.getByRole('button', { name: 'Åpne en lagret sak' }).click();
	for (const [name, content, error] of cases) {
		const path = testInfo.outputPath(`${name}.bti`);
		writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
		await start.locator('input[type="file"]').setInputFiles(path);
		await page.locator('#sak-start-apne-passord').fill('et passord');
		await start.locator('form[data-case-open] button[type="submit"]').click();
		await expect(start.locator(`[data-case-error="${error}"]`)).toBeVisible({ timeout: 30_000 });
	}
	expect(await stored(page)).toBeNull();
	await expectNoAxeViolations(page);
});
