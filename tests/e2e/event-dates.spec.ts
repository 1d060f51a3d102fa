import { expect, test } from './fixtures';
import { expectNoAxeViolations, followAnswers, startSchoolCase } from './helpers';

/** Issue 15, part 2 and 3: when things happened, typed dates kept, deadlines that know they were met. */
const words = {
	nb: { met: 'Overholdt 12.11.2026', happened: 'skjedde 12.11.2026', impossible: 'finnes ikke', held: '(12.11.2026)' },
	nn: { met: 'Gjort i tide 12.11.2026', happened: 'skjedde 12.11.2026', impossible: 'finst ikkje', held: '(12.11.2026)' }
} as const;

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: a case typed in afterwards gets the dates it happened, not the day of the clicks`, { tag: lang === 'nb' ? '@smoke' : [] }, async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
		await startSchoolCase(page, lang);

		// The undring date typed, «Lagre datoen» never pressed: the answer keeps it.
		await page.locator('#dato-undring').fill('02.11.2026');
		await followAnswers(page, lang, [['ja', 'niva-0/trinn-2']]);

		// The event field suggests today; an impossible date blocks the answer and stays in the field.
		const told = page.locator('#hendelse-niva-0-trinn-2');
		await expect(told).toHaveValue('01.12.2026');
		await told.fill('31.11.2026');
		await page.locator('.question a[data-answer="ja"]').click();
		const summary = page.locator('.question .ds-error-summary');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText(words[lang].impossible);
		await expect(page).toHaveURL(new RegExp(`/${lang}/niva-0/trinn-2/$`));
		await expect(told).toHaveValue('31.11.2026');
		await expect(told).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(page);
		// The summary's link leads to the field.
		await summary.locator('a').click();
		await expect(told).toBeFocused();
		await told.fill('05.11.2026');
		await followAnswers(page, lang, [['ja', 'niva-0/trinn-3']]);

		// The conversation was held on 12 November.
		await page.locator('#hendelse-niva-0-trinn-3').fill('12.11.2026');
		await followAnswers(page, lang, [['ja', 'niva-0/trinn-4']]);

		const trail = page.locator('details.trail');
		await trail.locator('summary').click();
		await expect(trail).toContainText(words[lang].happened);
		await expect(trail).toContainText('05.11.2026');
		await expect(trail).not.toContainText('01.12.2026');
		await expectNoAxeViolations(page);

		// The deadlines page (from the header's menu): the undring date kept; the 3-week deadline met, with no countdown.
		await page.locator('header summary').click();
		await page.locator(`header a[href$="/${lang}/frister/"]`).click();
		await expect(page.locator('#dato-undring')).toHaveValue('02.11.2026');
		const conversation = page.locator('.deadlines [data-rule="nodvendig-samtale"]');
		await expect(conversation).toContainText(words[lang].met);
		await expect(conversation.locator('.deadline__remaining')).toHaveCount(0);
		await expectNoAxeViolations(page);

		// Back on the step, the recorded date is shown and can be corrected.
		await page.goto(`/${lang}/niva-0/trinn-3/`);
		await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
		await expect(page.locator('#hendelse-niva-0-trinn-3')).toHaveValue('12.11.2026');

		// The note says when the conversation was held, and never the day of the clicks.
		await page.goto(`/${lang}/notat/`);
		const note = page.locator('main');
		await expect(note).toContainText(words[lang].held);
		await expect(note).toContainText(words[lang].met);
		await expect(note.locator('.document__steps')).not.toContainText('1. desember 2026');
	});
}
