import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import nb from '../../src/lib/i18n/locales/nb.json' with { type: 'json' };
import nn from '../../src/lib/i18n/locales/nn.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { builtPages, contentKind, expectNoAxeViolations, onePagePerKind, startSchoolCase, tabTo } from './helpers';

/**
 * What a person sees first (issue 19): the heading's focus, the header on a phone, the question
 * near the top of a step, nothing overflowing at 320 px, and screenshots of every page kind in
 * both languages at 375×812 and 1280×900 into reports/screenshots/ (git-ignored).
 */
const PHONE = { width: 375, height: 812 };
type Box = { x: number; y: number; width: number; height: number };
const PC = { width: 1280, height: 900 };
const SHOTS = join(import.meta.dirname, '../../reports/screenshots');
const KINDS = onePagePerKind(builtPages().filter((path) => /^\/(nb|nn)\//.test(path)));

/** The focused element's tag and its drawn focus: outline style and box-shadow. */
function focusRing(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		return { tag: el.tagName, inMain: !!el.closest('main'), outline: style.outlineStyle, shadow: style.boxShadow };
	});
}

test('after a mouse click the new heading has focus but no ring; after Enter it has both', { tag: '@smoke' }, async ({ page }) => {
	await page.goto('/nb/niva-0/trinn-1/');
	await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
	await page.locator('a[rel="next"]').click();
	await expect(page).toHaveURL(/\/nb\/niva-0\/trinn-2\/$/);
	await expect(page.locator('main h1')).toBeFocused();
	expect(await focusRing(page)).toEqual({ tag: 'H1', inMain: true, outline: 'none', shadow: 'none' });

	await page.locator('a[rel="next"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/nb\/niva-0\/trinn-3\/$/);
	await expect(page.locator('main h1')).toBeFocused();
	const ring = await focusRing(page);
	expect(ring.tag).toBe('H1');
	expect(ring.outline).toBe('solid');
});

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: the menu opens by keyboard, leads on, and closes after the navigation`, { tag: '@smoke' }, async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto(`/${lang}/niva-0/trinn-1/`);
		await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
		const menu = page.locator('header details.menu');
		await expect(page.locator('header nav a').first()).toBeHidden();
		await tabTo(page, (el) => el.text === 'Meny');
		await page.keyboard.press('Enter');
		await expect(menu).toHaveAttribute('open', '');
		await expectNoAxeViolations(page);
		await tabTo(page, (el) => el.href?.endsWith(`/${lang}/oversikt/`) ?? false);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${lang}/oversikt/$`));
		await expect(menu).not.toHaveAttribute('open');
	});

	test(`${lang}: without JavaScript the menu still opens`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
		const page = await context.newPage();
		await page.goto(`/${lang}/`);
		await page.locator('header summary').click();
		await expect(page.locator('header nav a[href$="/oversikt/"]')).toBeVisible();
		await context.close();
	});
}

test('every page kind on a phone and a PC: screenshots, a short header, the safety link and the question on the first screen', async ({ page }) => {
	test.setTimeout(240_000);
	mkdirSync(SHOTS, { recursive: true });
	for (const [name, viewport] of [['phone', PHONE], ['pc', PC]] as const) {
		await page.setViewportSize(viewport);
		for (const path of KINDS) {
			await page.goto(path, { waitUntil: 'networkidle' });
			const slug = path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'root';
			await page.screenshot({ path: join(SHOTS, `${name}-${slug}.png`), fullPage: true });
			const header = await page.locator('header.site-header').boundingBox();
			const safety = await page.locator('header a.safety-link').boundingBox();
			expect(safety && safety.y + safety.height, `safety link on the first screen of ${path} (${name})`).toBeLessThanOrEqual(viewport.height);
			if (name === 'phone') {
				expect(header?.height, `header height on ${path}`).toBeLessThanOrEqual(viewport.height * 0.25);
				// A step and the start page lead with what to answer: the question or a link to it.
				if (['step', 'start'].includes(contentKind(path) ?? '')) {
					const jump = page.locator('main a.to-question');
					const target = (await jump.count()) > 0 ? jump : page.locator('main section.question');
					const box = await target.first().boundingBox();
					expect(box && box.y + Math.min(box.height, 48), `the question or its link on the first screen of ${path}`).toBeLessThanOrEqual(viewport.height);
				}
			}
		}
	}
});

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: on a phone every step's «Gå til spørsmålet» is on the first screen, with the trail of a school case above it`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize(PHONE);
		await startSchoolCase(page, lang);
		for (const path of builtPages().filter((p) => contentKind(p) === 'step' && p.startsWith(`/${lang}/`))) {
			await page.goto(path);
			await expect(page.locator('details.trail')).toBeVisible();
			const link = (await page.locator('main a.to-question').boundingBox())!;
			expect(link.y + link.height, `«Gå til spørsmålet» on ${path}`).toBeLessThanOrEqual(PHONE.height);
		}
	});
}

test('«Gå til spørsmålet» stands clear of the summary above it, on the start page and a step, phone and PC', async ({ page }) => {
	for (const viewport of [PHONE, PC]) {
		await page.setViewportSize(viewport);
		for (const path of ['/nb/', '/nn/', '/nb/niva-0/trinn-1/', '/nn/niva-0/trinn-1/']) {
			await page.goto(path);
			// The gap between the summary's last line and the link (negative: they overlap).
			const gap = await page.locator('main a.to-question').evaluate((link) => {
				const summary = link.closest('p')!.previousElementSibling!;
				return link.getBoundingClientRect().top - summary.getBoundingClientRect().bottom;
			});
			expect(gap, `space between the summary and the link on ${path} (${viewport.width} px)`).toBeGreaterThanOrEqual(8);
		}
	}
});

test('on a phone from 320 px the header is two rows: the name with the language link beside it, then the safety link and the menu', async ({ page }) => {
	for (const width of [320, 360, 375, 414]) {
		await page.setViewportSize({ width, height: 800 });
		for (const path of ['/nb/', '/nn/niva-0/trinn-1/']) {
			await page.goto(path);
			const box = async (selector: string) => (await page.locator(`header ${selector}`).boundingBox())!;
			const [name, language, safety, menu] = (await Promise.all(['a.name', 'a.language', 'a.safety-link', 'summary'].map(box))) as [Box, Box, Box, Box];
			const where = `${path} at ${width} px`;
			expect(language.y, `the language link beside the name on ${where}`).toBeLessThan(name.y + name.height);
			expect(safety.y, `the safety link below the name on ${where}`).toBeGreaterThanOrEqual(name.y + name.height);
			expect(menu.y, `the menu on the safety link's row on ${where}`).toBeLessThan(safety.y + safety.height);
		}
	}
});

test('at 320 px nothing overflows: the logo, the name, headings, buttons and the header links', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of KINDS) {
		await page.goto(path, { waitUntil: 'networkidle' });
		const overflowing = await page.evaluate(() => {
			const found: string[] = [];
			if (document.documentElement.scrollWidth > window.innerWidth) found.push(`page ${document.documentElement.scrollWidth}px wide`);
			const selector = 'header .logo, header .name, header .safety-link, header summary, header .language, h1, h2, .ds-button';
			for (const el of document.querySelectorAll<HTMLElement>(selector)) {
				const rect = el.getBoundingClientRect();
				if (rect.width === 0) continue;
				if (el.scrollWidth > el.clientWidth + 1 || rect.right > window.innerWidth + 0.5 || rect.left < -0.5) {
					found.push(`${el.tagName}.${el.className} «${el.textContent?.trim().slice(0, 30)}»`);
				}
			}
			return found;
		});
		expect(overflowing, `overflowing at 320 px on ${path}`).toEqual([]);
	}
});

test('the logo is shown whole: an emblem beside the name in text', { tag: '@smoke' }, async ({ page, request }) => {
	await page.goto('/nb/');
	await expect(page.locator('header .name')).toContainText('Eksempel kommune');
	await expect(page.locator('header img.logo')).toHaveAttribute('alt', '');
	const svg = await (await request.get('/kommune/logo.svg')).text();
	expect(svg, 'SVG text overflows its box in another font').not.toMatch(/<text[\s>]/);
});

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: a step's background text is folded under «Les mer», opens by keyboard and is clean for axe`, { tag: '@smoke' }, async ({ page }) => {
		await page.goto(`/${lang}/niva-0/trinn-1/`);
		await expect(page.locator('.question[data-enhanced="true"]')).toBeVisible();
		const folded = page.locator('main section.background details');
		await expect(folded).toHaveCount(1);
		await expect(folded.locator('summary')).toContainText(lang === 'nb' ? 'Les mer' : 'Les meir');
		await expect(folded.locator('.prose h2').first()).toBeHidden();
		await expectNoAxeViolations(page);
		// What to do comes before the background.
		const order = await page.evaluate(() => {
			const www = document.querySelector('main dl.www')!;
			const background = document.querySelector('main section.background')!;
			return www.compareDocumentPosition(background) & Node.DOCUMENT_POSITION_FOLLOWING;
		});
		expect(order).toBeTruthy();
		await folded.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(folded.locator('.prose h2').first()).toBeVisible();
		await expectNoAxeViolations(page);
		// A step the content does not mark keeps its body open.
		await page.goto(`/${lang}/niva-0/trinn-2/`);
		await expect(page.locator('main section.background')).toHaveCount(0);
	});
}

test('the overview staircase goes up: level 0 bottom left, the last level top right on a PC; a list in level order on a phone', { tag: '@smoke' }, async ({ page }) => {
	const boxes = async () => {
		const levels = page.locator('ol.staircase > li');
		await expect(levels).toHaveCount(4);
		return Promise.all((await levels.all()).map(async (level) => (await level.boundingBox())!));
	};
	await page.setViewportSize(PC);
	await page.goto('/nb/oversikt/');
	const pc = await boxes();
	for (let i = 1; i < pc.length; i++) {
		expect(pc[i]!.x, `level ${i} right of level ${i - 1}`).toBeGreaterThan(pc[i - 1]!.x);
		expect(pc[i]!.y + pc[i]!.height, `level ${i} stands higher than level ${i - 1}`).toBeLessThan(pc[i - 1]!.y + pc[i - 1]!.height);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PC.width);
	await expect(page.locator('ol.staircase > li').first()).toContainText('Nivå 0');
	await expectNoAxeViolations(page);

	await page.setViewportSize(PHONE);
	const phone = await boxes();
	for (let i = 1; i < phone.length; i++) {
		expect(phone[i]!.x).toBe(phone[0]!.x);
		expect(phone[i]!.y, `level ${i} below level ${i - 1}`).toBeGreaterThan(phone[i - 1]!.y);
	}
});

/** Controls that exist only with JavaScript, by their labels in each language's UI strings. */
const SCRIPTED_CONTROLS = ['walk.restart', 'caseFile.save', 'caseFile.open', 'caseFile.openFile', 'join.save', 'dates.save', 'deadlines.calendarButton', 'note.copy', 'note.download', 'consent.print'];
const label = (strings: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings) as string;

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: without JavaScript no page names a control that exists only with it («Legg i kalender», «Start på nytt» …)`, async ({ browser }) => {
		test.setTimeout(120_000);
		const labels = SCRIPTED_CONTROLS.map((key) => label(lang === 'nb' ? nb : nn, key));
		expect(labels).toContain('Legg i kalender');
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		const named: string[] = [];
		for (const path of builtPages().filter((p) => p.startsWith(`/${lang}/`))) {
			await page.goto(path);
			const text = await page.locator('body').innerText();
			for (const label of labels) if (text.includes(label)) named.push(`${path}: «${label}»`);
		}
		expect(named).toEqual([]);
		await noScript.close();
	});
}

for (const lang of ['nb', 'nn'] as const) {
	test(`${lang}: without JavaScript the ending leads to a blank note template to print, not a dead end`, { tag: '@smoke' }, async ({ browser }) => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`/${lang}/slutt/ingen-bekymring/`);
		await page.getByRole('link', { name: 'Lag notat til arkivet' }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/notat/$`));
		const template = page.getByRole('region', { name: 'Tom mal for notatet' });
		await expect(template).toBeVisible();
		for (const heading of lang === 'nb'
			? ['Hva som er gjort', 'Barnets stemme', 'Beslutning', 'Videre oppfølging', 'Underskrift']
			: ['Kva som er gjort', 'Stemma til barnet', 'Avgjerd', 'Vidare oppfølging', 'Underskrift']) {
			await expect(template.getByRole('heading', { name: heading })).toBeVisible();
		}
		await expect(template).toContainText('Eksempel kommune');
		await page.emulateMedia({ media: 'print' });
		await expect(template).toBeVisible();
		await noScript.close();

		// axe needs scripts of its own: the same prerendered page, with the site's scripts blocked.
		const unhydrated = await browser.newPage();
		await unhydrated.route('**/_app/**/*.js', (route) => route.abort());
		await unhydrated.goto(`/${lang}/notat/`);
		await expect(unhydrated.locator('#notatmal')).toBeVisible();
		await expectNoAxeViolations(unhydrated);
		await unhydrated.close();

		// With JavaScript the note is made from the answers; the blank template is not offered.
		const scripted = await browser.newPage();
		await scripted.goto(`/${lang}/notat/`, { waitUntil: 'networkidle' });
		await expect(scripted.locator('#notatmal')).toHaveCount(0);
		await scripted.close();
	});
}
