/**
 * `npm run bench:long-tasks [-- --dir=build] [--runs=N] [/nb/ …]`: how long a page blocks the
 * main thread while it starts, on a phone-like CPU. Builds the site into a temporary folder (or
 * takes a built one with --dir), loads each page N times (default 5) in a fresh Chromium context
 * with the CPU slowed 4× (as Lighthouse's mobile preset assumes), records the long tasks
 * (PerformanceObserver) and prints, per page, the median of the longest task after the first
 * paint and of the blocking time (each task's part over 50 ms, summed), and every load's tasks.
 * For finding what makes `npm run bench`'s Total Blocking Time grow; it has no budget itself.
 * Builds in this folder (.svelte-kit): do not run it while another build or the browser tests run.
 */
import { blockingAfterFirstPaint, median } from './long-task-stats.mjs';
import { withServedSite } from './measure-site.mjs';
import { NB_PAGES } from './pages.mjs';

const CPU_SLOWDOWN = 4;
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 5);
const givenDir = option('dir');
const pages = args.filter((a) => a.startsWith('/'));
const unknown = args.filter((a) => !a.startsWith('/') && !/^--(runs|dir)=/.test(a));
if (unknown.length > 0 || !Number.isInteger(runs) || runs < 1) {
	console.error('Bruk: node scripts/bench/long-tasks.mjs [--dir=<bygget mappe>] [--runs=N] [/nb/ …]');
	process.exit(2);
}

await withServedSite({ dir: givenDir, tmpPrefix: 'long-tasks-' }, async ({ origin, browser }) => {
	console.log(`Lange oppgaver ved lasting, CPU ${CPU_SLOWDOWN}× langsommere, ${runs} lastinger per side; median av lengste oppgave og blokkeringstid etter første maling (ms).`);
	for (const path of pages.length > 0 ? pages : NB_PAGES) {
		const loads = [];
		for (let i = 0; i < runs; i++) loads.push(await measure(browser, origin + path));
		const stats = loads.map((load) => blockingAfterFirstPaint(load.tasks, load.firstPaintMs));
		const each = loads.map((load) => load.tasks.filter((t) => t.startTime + t.duration > load.firstPaintMs).map((t) => Math.round(t.duration)).join('+') || '–');
		console.log(
			`${path.padEnd(24)} lengste ${String(Math.round(median(stats.map((s) => s.longestMs)))).padStart(4)}  blokkering ${String(Math.round(median(stats.map((s) => s.blockingMs)))).padStart(4)}   (oppgaver etter første maling per lasting: ${each.join(', ')})`
		);
	}
});

/**
 * One load in a fresh context (empty cache and storage, as a first visit).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ tasks: { startTime: number, duration: number }[], firstPaintMs: number }>}
 */
async function measure(browser, url) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await page.addInitScript(() => {
			/** @type {{ startTime: number, duration: number }[]} */
			const tasks = [];
			Object.defineProperty(window, '__longTasks', { value: tasks });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(url, { waitUntil: 'load' });
		// Long enough for the start-up tasks that follow the load event (hydration, the walk).
		await page.waitForTimeout(1500);
		return await page.evaluate(() => ({
			tasks: /** @type {any} */ (window).__longTasks,
			firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
		}));
	} finally {
		await context.close();
	}
}
