import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations } from './helpers';

const pages = builtPages();

test('the build holds the same pages in bokmål and nynorsk', () => {
	const nb = pages.filter((p) => p.startsWith('/nb/')).map((p) => p.slice(3));
	const nn = pages.filter((p) => p.startsWith('/nn/')).map((p) => p.slice(3));
	expect(nb.length).toBeGreaterThan(20);
	expect(nn).toEqual(nb);
});

for (const path of pages) {
	test(`${path} loads with one h1, the right lang and no axe violations`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const expectedLang = path.startsWith('/nn/') ? 'nn' : 'nb';
		await expect(page.locator('html')).toHaveAttribute('lang', expectedLang);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expect(page).toHaveTitle(/\S/);
		await expectNoAxeViolations(page);
	});
}
