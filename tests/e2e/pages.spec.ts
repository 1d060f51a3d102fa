import { expect, test } from './fixtures';
import { builtPages, builtScriptsStartingWith, expectNoAxeViolations, onePagePerKind } from './helpers';

const built = builtPages();
/**
 * The smoke tests (`npm test`) check one page of each kind (start, step, note …) in each
 * language, on the website and embedded; `npm run test:full` checks every page below.
 */
const smokeSite = onePagePerKind(built.filter((p) => /^\/(nb|nn)\//.test(p)));
const smokePages = new Set([...smokeSite, ...smokeSite.map((p) => `/embed${p}`)]);
/**
 * The /embed/ pages render the same page components in a smaller frame, so a sample of each
 * kind is checked with axe (this list and the smoke pages); every one of them is checked to
 * exist for every website page.
 */
const EMBED_SAMPLE = ['', 'niva-0/trinn-3', 'vold-og-overgrep', 'notat', 'samtykke', 'oversikt', 'slutt/ingen-bekymring'];
const embedSample = new Set(['nb', 'nn'].flatMap((lang) => EMBED_SAMPLE.map((p) => `/embed/${lang}/${p ? `${p}/` : ''}`)));
const pages = built.filter((p) => !p.startsWith('/embed/') || embedSample.has(p) || smokePages.has(p));

test('every website page also exists for embedding', { tag: '@smoke' }, () => {
	const site = built.filter((p) => /^\/(nb|nn)\//.test(p));
	expect(built.filter((p) => p.startsWith('/embed/'))).toEqual(site.map((p) => `/embed${p}`));
});

test('the build holds the same pages in bokmål and nynorsk', { tag: '@smoke' }, () => {
	const nb = pages.filter((p) => p.startsWith('/nb/')).map((p) => p.slice(3));
	const nn = pages.filter((p) => p.startsWith('/nn/')).map((p) => p.slice(3));
	expect(nb.length).toBeGreaterThan(20);
	expect(nn).toEqual(nb);
});

for (const path of pages) {
	test(`${path} loads with one h1, the right lang and no axe violations`, { tag: smokePages.has(path) ? '@smoke' : [] }, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const expectedLang = /^(\/embed)?\/nn\//.test(path) ? 'nn' : 'nb';
		await expect(page.locator('html')).toHaveAttribute('lang', expectedLang);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expect(page).toHaveTitle(/\S/);
		// A strict policy: scripts only as files from the site itself, never inline.
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/script-src 'self'(;|$)/);
		expect(policy).toContain("default-src 'self'");
		// The only inline <script> is the page's data, which the browser never runs.
		await expect(page.locator('script:not([src]):not([type="application/json"])')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});
}

test('the scripts a page loads at start, and no others, are marked for eager compilation', { tag: '@smoke' }, async ({ page }) => {
	// lib/bundling/compile-hints.ts: these files all run at once, so V8 compiles them off the main thread.
	const loaded = new Set<string>();
	page.on('request', (request) => {
		if (request.resourceType() === 'script') loaded.add(new URL(request.url()).pathname.slice(1));
	});
	await page.goto('/nb/notat/');
	await page.waitForLoadState('networkidle');
	expect(loaded.size).toBeGreaterThan(1);
	expect(builtScriptsStartingWith('//# allFunctionsCalledOnLoad\n')).toEqual([...loaded].sort());
});
