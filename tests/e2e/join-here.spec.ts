import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

/** Issue 15, part 5 (in part): someone who starts at Nivå 2 from the overview. */
for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: starting on Nivå 2 trinn 1: a «Kommer du inn her?» box and the decision date asked on the same page`, async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
		await page.goto(`/${lang}/niva-2/trinn-1/`);
		await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
		await expect(page.locator('[data-join-here]')).toContainText(lang === 'nb' ? 'Kommer du inn her?' : 'Kjem du inn her?');
		// The date the step's deadline counts from lives on Nivå 1 trinn 4; it is asked here too.
		const field = page.locator('#dato-beslutning-niva-2');
		await field.fill('23.11.2026');
		await field.blur();
		await expect(field).toHaveValue('23.11.2026');
		await expect(page.locator('.deadlines [data-rule="innkalling-niva-2"]')).toContainText('7. desember 2026');
		await expectNoAxeViolations(page);
	});
}
