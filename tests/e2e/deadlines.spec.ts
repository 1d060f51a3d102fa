import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { parseIcsEvents } from '../../src/lib/deadlines/ics';
import { expectNoAxeViolations, startCase } from './helpers';

const words = {
	nb: { due: 'mandag 29. mars 2027', left: '1 dag igjen', notFor: '2 frister gjelder ikke for sakstypen', impossible: 'finnes ikke', future: 'fram i tid' },
	nn: { due: 'måndag 29. mars 2027', left: '1 dag att', notFor: '2 fristar gjeld ikkje for sakstypen', impossible: 'finst ikkje', future: 'fram i tid' }
} as const;

for (const lang of ['nb', 'nn'] as const) {
	// In the smoke tests (npm test) in bokmål: the error summary, the deadlines and the panel, with axe.
	test(`${lang}: a school case's deadlines from the undring date, on the step, in the panel and in the calendar`, { tag: lang === 'nb' ? '@smoke' : [] }, async ({ page }) => {
		// «Today» is Tuesday 23 March 2027, the week before Easter.
		await page.clock.setFixedTime(new Date('2027-03-23T10:00:00+01:00'));
		await startCase(page, lang, 'skole', 'skolemiljo');

		const field = page.locator('#dato-undring');
		const save = page.locator('form.date-field button[type="submit"]');
		// Impossible date: error summary gets focus, message tied to the field, input kept.
		await field.fill('31.02.2027');
		await save.click();
		await expect(page.locator('.ds-error-summary')).toBeFocused();
		await expect(page.locator('.ds-error-summary')).toContainText(words[lang].impossible);
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(field).toHaveValue('31.02.2027');
		await expectNoAxeViolations(page);
		// A date in the future is refused for the undring.
		await field.fill('24.03.2027');
		await save.click();
		await expect(page.locator('.ds-error-summary')).toContainText(words[lang].future);
		await field.fill('22.03.2027');
		await save.click();
		await expect(page.locator('.ds-error-summary')).toHaveCount(0);
		await expect(field).not.toHaveAttribute('aria-invalid', 'true');

		const school = page.locator('[data-rule="samtale-skolemiljo"]');
		await expect(school).toContainText(words[lang].due);
		await expect(school).toContainText('2. påskedag');
		await expect(school).toContainText('onsdag 24. mars 2027');
		await expect(school).toContainText(words[lang].left);
		// Rules for other case types: one line, not one box each.
		await expect(page.locator('.deadlines__other summary')).toContainText(words[lang].notFor);
		await expect(page.locator('.deadlines__other [data-rule="undersok-barnehagemiljo"]')).toBeHidden();
		await expectNoAxeViolations(page);

		// The panel, reachable from the header's menu on every page.
		await page.locator('header summary').click();
		await page.locator(`header a[href$="/${lang}/frister/"]`).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/frister/$`));
		const inPanel = page.locator('[data-rule="samtale-skolemiljo"]');
		await expect(inPanel).toContainText('onsdag 24. mars 2027');
		await expect(page.locator('#dato-undring')).toHaveValue('22.03.2027');
		await expectNoAxeViolations(page);

		// Calendar: one all-day event per current deadline, on the recommended date.
		await page.locator('#kalendertekst').fill('Sak 12');
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.calendar button').click()]);
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		const ics = readFileSync(await download.path(), 'utf8');
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		const events = parseIcsEvents(ics);
		expect(events).toHaveLength(1);
		expect(events[0]?.start).toBe('20270324');
		expect(events[0]?.end).toBe('20270325');
		expect(events[0]?.summary).toMatch(/ – Sak 12$/);
		expect(events[0]?.summary.startsWith(lang === 'nb' ? 'Kalle inn foresatte' : 'Kalle inn føresette')).toBe(true);
	});
}
