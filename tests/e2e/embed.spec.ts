import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { serverOrigin } from './servers';

/**
 * The guide embedded with the documented snippet in a municipality's page on another origin
 * (examples/embed-host and the guide each on their own free port, tests/e2e/servers.ts).
 */
const HOST = `${serverOrigin('host')}/`;
const GUIDE_ORIGIN = serverOrigin('site');
const GUIDE_FRAME = 'iframe[title="Handlingsveilederen"]';

async function openHost(page: Page): Promise<Frame> {
	await page.goto(HOST);
	const element = page.locator(GUIDE_FRAME);
	await expect(element).toHaveAttribute('src', `${GUIDE_ORIGIN}/embed/nb/`);
	const frame = await (await element.elementHandle())?.contentFrame();
	if (!frame) throw new Error('no frame');
	await expect(frame.locator('.question[data-enhanced="true"]')).toBeVisible();
	return frame;
}

/** The iframe's height on the host page, and the height of the guide inside it. */
async function heights(page: Page, frame: Frame) {
	const frameHeight = await page.locator(GUIDE_FRAME).evaluate((el) => el.getBoundingClientRect().height);
	const contentHeight = await frame.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	return { frameHeight, contentHeight };
}

async function expectFrameFitsContent(page: Page, frame: Frame) {
	await expect.poll(async () => {
		const { frameHeight, contentHeight } = await heights(page, frame);
		return Math.abs(frameHeight - contentHeight);
	}).toBeLessThanOrEqual(1);
	return (await heights(page, frame)).frameHeight;
}

async function answer(frame: Frame, answerId: string, path: string) {
	await expect(frame.locator('.question[data-enhanced="true"]')).toBeVisible();
	await frame.locator(`.question a[data-answer="${answerId}"]`).click();
	await expect.poll(() => frame.url()).toBe(`${GUIDE_ORIGIN}/embed/nb/${path}`);
}

test('the snippet inserts the guide without the site header or footer, with the safety link', { tag: '@smoke' }, async ({ page }) => {
	const frame = await openHost(page);
	await expect(frame.locator('h1')).toBeVisible();
	await expect(frame.locator('.site-header__name')).toHaveCount(0);
	await expect(frame.locator('footer')).toHaveCount(0);
	await expect(frame.getByRole('link', { name: 'Mistanke om vold eller overgrep?' })).toBeVisible();
	await expect(page.locator(GUIDE_FRAME)).toHaveAttribute('title', 'Handlingsveilederen');
	await expectNoAxeViolations(page);
});

test('the frame grows and shrinks with the guide, and links stay inside /embed/', async ({ page }) => {
	const frame = await openHost(page);
	const start = await expectFrameFitsContent(page, frame);
	await answer(frame, 'nei', 'tjeneste/');
	const service = await expectFrameFitsContent(page, frame);
	await answer(frame, 'skole', 'sakstype/');
	await answer(frame, 'annet', 'niva-0/trinn-1/');
	const step = await expectFrameFitsContent(page, frame);
	expect(step, 'a step page is taller than the service question').toBeGreaterThan(service + 200);
	await answer(frame, 'nei', 'slutt/ingen-bekymring/');
	const ending = await expectFrameFitsContent(page, frame);
	expect(ending, 'the ending is shorter than the step').toBeLessThan(step - 100);
	expect(start).toBeGreaterThan(0);
	// Every link in the frame stays in the embedded guide.
	const hrefs = await frame.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href).toMatch(/^\/embed\/nb\//);
});

test('a new step scrolls the host page to the top of the guide', async ({ page }) => {
	await page.setViewportSize({ width: 800, height: 600 });
	const frame = await openHost(page);
	await answer(frame, 'nei', 'tjeneste/');
	await answer(frame, 'skole', 'sakstype/');
	await answer(frame, 'annet', 'niva-0/trinn-1/');
	// Scroll the host down to the answers at the bottom of the step, then answer.
	await frame.locator('.question').scrollIntoViewIfNeeded();
	expect(await page.locator(GUIDE_FRAME).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(0);
	await answer(frame, 'ja', 'niva-0/trinn-2/');
	await expect.poll(() => page.locator(GUIDE_FRAME).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(-1);
});

test('the walk and its memory work in the frame, across a reload of the host page', async ({ page }) => {
	let frame = await openHost(page);
	await answer(frame, 'nei', 'tjeneste/');
	await answer(frame, 'skole', 'sakstype/');
	await page.reload();
	frame = await openHost(page);
	await expect(frame.locator('details.trail summary')).toContainText('(2)');
});

test('a message from another origin than the guide changes nothing', async ({ page }) => {
	const frame = await openHost(page);
	const before = await expectFrameFitsContent(page, frame);
	// Right format, wrong sender: the host page itself (the host's origin) and a foreign frame.
	await page.evaluate(() => window.postMessage({ type: 'handlingsveilederen', version: 1, event: 'resize', height: 5 }, '*'));
	await page.evaluate(() => {
		const foreign = document.createElement('iframe');
		foreign.srcdoc = `<script>parent.postMessage({ type: 'handlingsveilederen', version: 1, event: 'resize', height: 7 }, '*')<\/script>`;
		document.body.append(foreign);
	});
	await page.waitForTimeout(300);
	expect((await heights(page, frame)).frameHeight).toBe(before);
});

test('printing from inside the frame prints the guide\'s document', async ({ page }) => {
	const frame = await openHost(page);
	await answer(frame, 'nei', 'tjeneste/');
	await answer(frame, 'skole', 'sakstype/');
	await answer(frame, 'annet', 'niva-0/trinn-1/');
	await answer(frame, 'nei', 'slutt/ingen-bekymring/');
	await frame.getByRole('link', { name: 'Lag notat til arkivet' }).click();
	await expect.poll(() => frame.url()).toBe(`${GUIDE_ORIGIN}/embed/nb/notat/`);
	await expect(frame.locator('.document')).toBeVisible();
	// window.print() in the frame opens the browser's dialog for the frame's own document.
	await frame.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void ((window as unknown as { printed: number }).printed += 1);
	});
	await frame.getByRole('button', { name: 'Skriv ut' }).click();
	expect(await frame.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	expect(await page.evaluate(() => typeof window.print)).toBe('function');
});
