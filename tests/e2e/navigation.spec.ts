import { test as unguarded } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabTo } from './helpers';

for (const lang of ['nb', 'nn'] as const) {
	const safetyTitle = lang === 'nb' ? /Mistanke om vold eller overgrep/ : /Mistanke om vald eller overgrep/;

	test(`${lang}: keyboard only from the start page to a level-3 step`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		// The main menu is a disclosure: open it, then go on to the link.
		await tabTo(page, (el) => el.text === 'Meny');
		await page.keyboard.press('Enter');
		await tabTo(page, (el) => el.href?.endsWith(`/${lang}/oversikt/`) ?? false);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${lang}/oversikt/$`));
		await tabTo(page, (el) => el.href?.endsWith(`/${lang}/niva-3/trinn-2/`) ?? false, 200);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${lang}/niva-3/trinn-2/$`));
		await expect(page.locator('h1')).toContainText(/Nivå 3/);
	});

	test(`${lang}: keyboard only from a step to the safety rule in one activation`, async ({ page }) => {
		await page.goto(`/${lang}/niva-2/trinn-3/`);
		const focused = await tabTo(page, (el) => el.href?.endsWith(`/${lang}/vold-og-overgrep/`) ?? false);
		expect(focused.text).toMatch(safetyTitle);
		await page.keyboard.press('Enter');
		await expect(page.locator('h1')).toHaveText(safetyTitle);
		const phoneLinks = page.locator('a[href^="tel:"]');
		await expect(phoneLinks.filter({ hasText: '112' })).toHaveCount(1);
		await expect(page.locator('a[href="tel:02800"]')).toHaveCount(1);
		await expect(page.locator('a[href="tel:116111"]')).toHaveCount(1);
	});

	test(`${lang}: every page links to the safety rule`, async ({ page }) => {
		for (const path of ['', 'oversikt/', 'ordliste/', 'niva-0/', 'niva-1/trinn-4/', 'slutt/ingen-bekymring/']) {
			await page.goto(`/${lang}/${path}`);
			await expect(page.locator(`header a[href$="/${lang}/vold-og-overgrep/"]`)).toHaveText(safetyTitle);
		}
	});

	test(`${lang}: the language switch keeps the page`, async ({ page }) => {
		const other = lang === 'nb' ? 'nn' : 'nb';
		await page.goto(`/${lang}/niva-1/trinn-2/`);
		await page.locator(`a[hreflang="${other}"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`/${other}/niva-1/trinn-2/$`));
		await expect(page.locator('html')).toHaveAttribute('lang', other);
	});

	test(`${lang}: a glossary term opens its explanation by keyboard and closes with Escape`, async ({ page }) => {
		await page.goto(`/${lang}/niva-0/trinn-1/`);
		const term = page.locator('button.term').first();
		await expect(term).toBeVisible();
		const popoverId = await term.getAttribute('popovertarget');
		const popover = page.locator(`[id="${popoverId}"]`);
		await expect(popover).toBeHidden();
		await term.focus();
		await page.keyboard.press('Enter');
		await expect(popover).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
	});
}

test('the site root points to both languages', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/nb\/$/);
});

// Without JavaScript too: then every style must come with the page's HTML, not be added later by a script.
for (const javaScriptEnabled of [true, false]) {
	test(`pages reflow at 320 px without horizontal scrolling (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled });
		const page = await context.newPage();
		for (const path of ['/nb/', '/nn/oversikt/', '/nb/niva-2/trinn-4/', '/nn/vold-og-overgrep/', '/nb/ordliste/', '/nb/samtykke/']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
}

test('pages fetch nothing from other origins (fonts, CSS and scripts are self-hosted)', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(`${baseURL}/`) && !request.url().startsWith('data:')) foreign.push(request.url());
	});
	for (const path of ['/nb/', '/nn/niva-1/trinn-1/', '/nb/oversikt/', '/nn/ordliste/', '/nb/vold-og-overgrep/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(foreign).toEqual([]);
});

// Without the guard from fixtures.ts: this test provokes a violation on purpose.
unguarded('the Content-Security-Policy blocks a script injected into the page', async ({ page }) => {
	await page.goto('/nb/');
	const violated = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective));
				const script = document.createElement('script');
				script.textContent = 'window.injected = true;';
				document.head.append(script);
			})
	);
	expect(violated).toMatch(/^script-src/);
	expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
