import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { parseIcsEvents } from '../../src/lib/deadlines/ics';
import { expectNoAxeViolations } from './helpers';

/** Issue 15, part 3b: two children's cases with a meeting on the same day stay two events. */
test('two cases exported with the same meeting date get different UIDs, both with a reminder', { tag: '@smoke' }, async ({ browser }, testInfo) => {
	const files = [];
	for (const name of ['a', 'b']) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
		await page.goto('/nb/frister/');
		const field = page.locator('#dato-evalueringsmote');
		await field.fill('14.01.2027');
		await field.blur(); // kept on blur, no button needed
		await expect(page.locator('[data-rule="evalueringsmote"].deadline')).toContainText('14. januar 2027');
		await expect(page.locator('.recommended-rule')).toContainText('24. desember og 31. desember');
		await expect(page.locator('.calendar')).toContainText('2 dager før');
		if (name === 'a') await expectNoAxeViolations(page);
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.calendar button').click()]);
		expect(download.suggestedFilename()).toBe('frister-2026-12-01.ics');
		const path = testInfo.outputPath(`${name}.ics`);
		await download.saveAs(path);
		files.push(parseIcsEvents(readFileSync(path, 'utf8')));
		await context.close();
	}
	const [a, b] = files.map((events) => events.find((e) => e.start === '20270114'));
	expect(a?.uid).toMatch(/^[0-9a-f]{32}-evalueringsmote-2027-01-14@handlingsveilederen$/);
	expect(b?.uid).toMatch(/^[0-9a-f]{32}-evalueringsmote-2027-01-14@handlingsveilederen$/);
	expect(a?.uid).not.toBe(b?.uid);
	expect([a?.alarm, b?.alarm]).toEqual(['-P2D', '-P2D']);
});

test('a passed deadline goes into the calendar file only when asked for', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
	await page.goto('/nb/frister/');
	const field = page.locator('#dato-evalueringsmote');
	await field.fill('20.11.2026');
	await field.blur();
	await expect(page.locator('.calendar button')).toHaveCount(0);
	await page.locator('.calendar__past input').check();
	await expect(page.locator('.calendar button')).toBeVisible();
	await expectNoAxeViolations(page);
});
