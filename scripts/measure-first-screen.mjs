/**
 * What a person sees first, in figures (issue 19): serves a built site and prints
 * - the header's height on a 375×812 phone,
 * - the y-position of the question (and of the «go to the question» link, if any) on
 *   /nb/niva-0/trinn-1/ and on the start page, on the phone and on a 1280×900 PC,
 * - the height of a few pages on both, in a fresh tab, and of /nb/niva-0/trinn-1/ reached from
 *   the start page as a school case; the header's height at 320 and 360 px,
 * - how many times «do not contact the guardians» is said on /nb/niva-0/trinn-3/ after a «yes»
 *   to the start page's safety question.
 *
 * Usage: node scripts/measure-first-screen.mjs [build-dir]   (default: build)
 * Compare two builds by running it on each (e.g. main's build/ and this branch's).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const dir = process.argv[2] ?? 'build';
const PHONE = { width: 375, height: 812 };
const PC = { width: 1280, height: 900 };
const PAGES = ['/nb/', '/nb/niva-0/trinn-1/', '/nb/niva-0/trinn-3/', '/nb/oversikt/', '/nb/slutt/ingen-bekymring/', '/nn/niva-0/trinn-1/'];
/** Each way the default content says «do not contact the guardians» (bokmål). */
const GUARDIAN_WARNING = /ikke kontakt(e)? foresatte|samtalen ikke holdes/gi;

const port = await new Promise((resolve) => {
	const probe = createServer().listen(0, '127.0.0.1', () => {
		const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
		probe.close(() => resolve(port));
	});
});
const server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], { stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
	try {
		if ((await fetch(`${origin}/nb/`)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 100));
	}
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const px = (n) => `${Math.round(n)} px`;
try {
	const rows = [];
	for (const [name, viewport] of [['phone 375×812', PHONE], ['PC 1280×900', PC]]) {
		const page = await browser.newPage({ viewport });
		await page.goto(`${origin}/nb/niva-0/trinn-1/`);
		await page.locator('section.question[data-enhanced="true"]').waitFor();
		// Positions in the document (not the viewport), so scrolling cannot change them.
		const box = (selector) =>
			page.evaluate((selector) => {
				const element = document.querySelector(selector);
				if (!element) return null;
				const rect = element.getBoundingClientRect();
				return { y: rect.top + window.scrollY, height: rect.height };
			}, selector);
		const header = await box('header.site-header');
		rows.push(`${name}: header height ${px(header?.height ?? 0)} (${Math.round(((header?.height ?? 0) / viewport.height) * 100)} % of the screen)`);
		for (const path of ['/nb/niva-0/trinn-1/', '/nb/']) {
			if (path !== '/nb/niva-0/trinn-1/') {
				await page.goto(`${origin}${path}`);
				await page.locator('section.question[data-enhanced="true"]').waitFor();
			}
			const question = await box('section.question');
			const jumpBox = await box('main a.to-question');
			rows.push(`${name}: ${path} question at y = ${px(question?.y ?? 0)}; «go to the question» link at ${jumpBox ? `y = ${px(jumpBox.y)}` : 'none'}`);
		}
		for (const path of PAGES) {
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			rows.push(`${name}: page height ${path} = ${px(height)}`);
		}
		// The way most people reach it: from the start page as a school case (a fresh tab instead
		// shows the «Kommer du inn her?» box, since the issues after 19). Answers are links.
		await page.goto(`${origin}/nb/`);
		for (const answer of ['nei', 'skole', 'annet']) {
			await page.locator('section.question[data-enhanced="true"]').waitFor();
			await page.locator(`a[data-answer="${answer}"]`).click();
			await page.waitForLoadState('networkidle');
		}
		await page.waitForURL('**/nb/niva-0/trinn-1/');
		await page.locator('section.question[data-enhanced="true"]').waitFor();
		const walked = await page.evaluate(() => document.documentElement.scrollHeight);
		rows.push(`${name}: page height /nb/niva-0/trinn-1/ after the start questions (school case) = ${px(walked)}`);
		for (const width of name.startsWith('phone') ? [320, 360] : []) {
			await page.setViewportSize({ width, height: viewport.height });
			const narrow = await box('header.site-header');
			rows.push(`phone ${width} px wide: header height ${px(narrow?.height ?? 0)}`);
		}
		await page.close();
	}
	const page = await browser.newPage({ viewport: PC });
	await page.goto(`${origin}/nb/`);
	await page.locator('section.question[data-enhanced="true"]').waitFor();
	await page.locator('a[data-answer="ja"]').click();
	await page.waitForURL('**/vold-og-overgrep/');
	await page.goto(`${origin}/nb/niva-0/trinn-3/`);
	await page.locator('section.question[data-enhanced="true"]').waitFor();
	const text = await page.locator('main').innerText();
	rows.push(`after «yes» to the safety question: «do not contact the guardians» said ${text.match(GUARDIAN_WARNING)?.length ?? 0} times on /nb/niva-0/trinn-3/`);
	console.log(`Measured on ${dir}/`);
	for (const row of rows) console.log(`  ${row}`);
} finally {
	await browser.close();
	server.kill();
}
