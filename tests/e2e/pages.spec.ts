import { expect, test } from './fixtures';
import { createHash } from 'node:crypto';
import nb from '../../src/lib/i18n/locales/nb.json' with { type: 'json' };
import nn from '../../src/lib/i18n/locales/nn.json' with { type: 'json' };
import { builtPages, expectNoAxeViolations, onePagePerKind } from './helpers';

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
		// A strict policy: scripts as files from the site itself, and SvelteKit's start-up script by its hash.
		const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
		const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
		expect(scriptSources[0]).toBe("'self'");
		for (const source of scriptSources.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		expect(policy).toContain("default-src 'self'");
		// Every inline script that runs is allowed by its hash, none by 'unsafe-inline'. Not the page
		// data SvelteKit writes as <script type="application/json"> (never run, so outside the
		// policy), which it removes once hydration has read it: counting it made this test depend on
		// how far hydration had come.
		const inline = await page
			.locator('script:not([src]):not([type="application/json"])')
			.evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
		expect(inline.length, 'SvelteKit\'s start-up script').toBeGreaterThan(0);
		for (const code of inline) expect(scriptSources).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
		await expectNoAxeViolations(page);
	});
}

test('a page loads the UI strings of its own language only', { tag: '@smoke' }, async ({ page }) => {
	// The page, its scripts and the data of the pages the router moves to: the other language's
	// strings are in none of them. (The language layout's load hands over one language only.)
	const bodies: string[] = [];
	page.on('response', async (response) => {
		if (['document', 'script', 'fetch'].includes(response.request().resourceType())) bodies.push(await response.text());
	});
	await page.goto('/nb/niva-0/trinn-1/');
	await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
	await page.locator('.question a[data-answer="ja"]').click();
	await expect(page).toHaveURL(/\/nb\/niva-0\/trinn-2\/$/);
	await page.waitForLoadState('networkidle');
	expect(bodies.some((body) => body.includes(nb.dates.formatHint))).toBe(true);
	expect(bodies.some((body) => body.includes(nn.dates.formatHint))).toBe(false);
});
