/**
 * answer→step: how long a user waits from clicking an answer to seeing the next step, on a
 * phone-like CPU. Part of `npm run bench` (with a budget there) and, on its own,
 *
 *   npm run bench:answer [-- --dir=build] [--runs=N] [--cpu=4] [/nb/:nei …]
 *
 * which builds the site into a temporary folder (or measures a built one with --dir) and prints,
 * per transition, the median and every run. A transition is `<page>:<answer id>` (without
 * `:<answer id>`, the page's first answer); the default ones are in pages.mjs.
 * Builds in this folder (.svelte-kit): do not run it while another build or the browser tests run.
 *
 * One run, in a fresh Chromium context (empty cache and storage, a 412×823 viewport, no network
 * throttling: the files come from a local server):
 *  1. open the page and let it settle: the load event, no requests for 500 ms, the question
 *     enhanced (`.question[data-enhanced]`, when the page has that marker) and an idle callback;
 *     then slow the CPU down 4× (CDP Emulation.setCPUThrottlingRate; it stays on for the new
 *     document of a full page load too);
 *  2. click the answer link `.question a[data-answer="…"]` (Playwright's mouse click);
 *  3. answer→step = from the click event's timeStamp to the start of the first
 *     requestAnimationFrame callback after the frame in which the page shows the link's target
 *     path (location.pathname) and an h1 whose text differs from the one at the click (a double
 *     rAF: the first rAF is checked every frame, and the frame it ran in has been painted when
 *     the next one starts). The same probe runs in the old document and in every new one, so
 *     the same definition holds whether the answer is a SvelteKit client-side navigation (one
 *     document) or a full page load (two documents; their times are put on one clock with
 *     performance.timeOrigin). For a full page load, the click to the new document's
 *     first-contentful-paint is also recorded (`fcpMs`), as a check.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerStepFromEvents, median } from './answer-step-stats.mjs';
import { ANSWER_TRANSITIONS } from './pages.mjs';

export const CPU_SLOWDOWN = 4;
export const DEFAULT_RUNS = 5;
const VIEWPORT = { width: 412, height: 823 };
const BINDING = '__hvAnswerStep';
/** How long the probe looks for the next step after a click before it gives up. */
const GIVE_UP_MS = 20_000;

/**
 * Runs in every document of the measuring context before the page's own scripts (an init
 * script; it runs in the page's main world, so it must not use anything from this module).
 * @param {{ binding: string, giveUpMs: number }} options
 */
function probe({ binding, giveUpMs }) {
	const doc = Math.random().toString(36).slice(2);
	const send = (/** @type {Record<string, unknown>} */ event) => /** @type {any} */ (window)[binding]?.({ doc, origin: performance.timeOrigin, path: location.pathname, ...event });
	const heading = () => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
	/** Reports the first frame (plus one) in which `ready` holds, checked once per frame. */
	const paintedWhen = (/** @type {(text: string) => boolean} */ ready) => {
		const started = performance.now();
		const check = () => {
			const text = heading();
			if (ready(text)) requestAnimationFrame(() => send({ type: 'painted', at: performance.now(), heading: text }));
			else if (performance.now() - started < giveUpMs) requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	};
	addEventListener(
		'click',
		(event) => {
			const link = event.target instanceof Element ? event.target.closest('.question a[data-answer]') : null;
			if (!(link instanceof HTMLAnchorElement)) return;
			const from = heading();
			const target = new URL(link.href).pathname;
			send({ type: 'click', at: event.timeStamp, target, heading: from });
			paintedWhen((text) => location.pathname === target && text !== '' && text !== from);
		},
		true
	);
	// A new document (a full page load): its first frame with a heading.
	paintedWhen((text) => text !== '');
	new PerformanceObserver((list) => {
		for (const entry of list.getEntriesByName('first-contentful-paint')) send({ type: 'fcp', at: entry.startTime });
	}).observe({ type: 'paint', buffered: true });
}

/**
 * One transition's runs (`kinds`: 'client' and/or 'document', see answer-step-stats.mjs).
 * @typedef {{
 *   from: string,
 *   answer: string | null,
 *   to: string | null,
 *   runsMs: number[],
 *   medianMs: number,
 *   kinds: string[],
 *   fcpMs: number[],
 *   failures: string[]
 * }} AnswerStepRuns
 */

/**
 * Measures each transition `runs` times. Resolves to one result per transition:
 * `{ from, answer, to, runsMs, medianMs, kinds, fcpMs, failures }`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4300
 * @param {{ from: string, answer?: string }[]} transitions
 * @param {{ runs?: number, cpuSlowdown?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<AnswerStepRuns[]>}
 */
export async function measureAnswerSteps(browser, origin, transitions, { runs = DEFAULT_RUNS, cpuSlowdown = CPU_SLOWDOWN, log = () => {} } = {}) {
	const results = [];
	for (const transition of transitions) {
		const state = { hasMarker: true };
		const measured = [];
		const failures = [];
		for (let i = 0; i < runs; i++) {
			try {
				measured.push(await measureOnce(browser, origin, transition, cpuSlowdown, state));
			} catch (error) {
				failures.push((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');
			}
		}
		const runsMs = measured.map((m) => m.ms);
		const result = {
			from: transition.from,
			answer: measured[0]?.answer ?? transition.answer ?? null,
			to: measured[0]?.to ?? null,
			runsMs,
			medianMs: median(runsMs),
			kinds: [...new Set(measured.map((m) => m.kind))],
			fcpMs: measured.map((m) => m.fcpMs).filter((ms) => ms !== null),
			failures
		};
		results.push(result);
		log(formatResult(result));
	}
	return results;
}

/**
 * One line per transition: median, then every run.
 * @param {AnswerStepRuns} r
 */
export function formatResult(r) {
	const ms = (/** @type {number} */ n) => String(Math.round(n));
	const kind = r.kinds.length ? r.kinds.map((k) => (k === 'client' ? 'klientnavigering' : 'full sidelasting')).join('/') : '–';
	const fcp = r.fcpMs.length ? `; til FCP ${r.fcpMs.map(ms).join(', ')}` : '';
	const failed = r.failures.length ? `; ${r.failures.length} feilet: ${r.failures[0]}` : '';
	const name = `${r.from} «${r.answer ?? '?'}» → ${r.to ?? '?'}`.padEnd(52);
	if (r.runsMs.length === 0) return `  ${name} ingen måling (${r.failures.length} feilet: ${r.failures[0] ?? '?'})`;
	return `  ${name} median ${ms(r.medianMs).padStart(4)} ms  (${r.runsMs.map(ms).join(', ')}; ${kind}${fcp}${failed})`;
}

/**
 * One click on a transition's answer in a fresh context.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {{ from: string, answer?: string }} transition
 * @param {number} cpuSlowdown
 * @param {{ hasMarker: boolean }} state shared by a transition's runs
 */
async function measureOnce(browser, origin, { from, answer }, cpuSlowdown, state) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		/** @type {import('./answer-step-stats.mjs').ProbeEvent[]} */
		const events = [];
		let notify = () => {};
		await context.exposeFunction(BINDING, (/** @type {import('./answer-step-stats.mjs').ProbeEvent} */ event) => {
			events.push(event);
			notify();
		});
		await context.addInitScript(probe, { binding: BINDING, giveUpMs: GIVE_UP_MS });
		const page = await context.newPage();
		await page.goto(origin + from, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		if (state.hasMarker) {
			// The guide marks the question when its answers are recorded; without the marker (a
			// page or design that has none) the wait is given up once and not tried again.
			state.hasMarker = await page
				.waitForSelector('.question[data-enhanced="true"]', { timeout: 3000 })
				.then(() => true)
				.catch(() => false);
		}
		const selector = answer ? `.question a[data-answer="${answer}"]` : '.question a[data-answer]';
		if ((await page.locator(selector).count()) === 0) throw new Error(`ingen svarlenke ${selector} på ${from}`);
		const link = page.locator(selector).first();
		await link.scrollIntoViewIfNeeded();
		const answerId = await link.getAttribute('data-answer');
		await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 2000 })));
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		const settled = new Promise((done, fail) => {
			const timer = setTimeout(() => fail(new Error(`ingen ny side malt etter ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS + 1000);
			notify = () => {
				const step = answerStepFromEvents(events);
				// A full page load's FCP may be reported a moment after the double rAF.
				if (!step || (step.kind === 'document' && step.fcpMs === null)) return;
				clearTimeout(timer);
				done(step);
			};
		});
		await link.click();
		const step = await settled;
		return { ...step, answer: answerId };
	} finally {
		await context.close();
	}
}

/**
 * `/nb/:nei` → `{ from: '/nb/', answer: 'nei' }`; `/nb/` → the first answer.
 * @param {string} text
 * @returns {{ from: string, answer?: string }}
 */
export function parseTransition(text) {
	const at = text.lastIndexOf(':');
	return at > 0 ? { from: text.slice(0, at), answer: text.slice(at + 1) } : { from: text };
}

// ---------------------------------------------------------------------------------------------
// npm run bench:answer
// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const option = (/** @type {string} */ name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
	const runs = Number(option('runs') ?? DEFAULT_RUNS);
	const cpu = Number(option('cpu') ?? CPU_SLOWDOWN);
	const givenDir = option('dir');
	const transitions = args.filter((a) => a.startsWith('/')).map(parseTransition);
	const unknown = args.filter((a) => !a.startsWith('/') && !/^--(runs|dir|cpu)=/.test(a));
	if (unknown.length > 0 || !Number.isInteger(runs) || runs < 1 || !(cpu >= 1)) {
		console.error('Bruk: node scripts/bench/answer-step.mjs [--dir=<bygget mappe>] [--runs=N] [--cpu=4] [/nb/:svar …]');
		process.exit(2);
	}
	const { withServedSite } = await import('./measure-site.mjs');
	let exitCode = 0;
	await withServedSite({ dir: givenDir, tmpPrefix: 'answer-step-' }, async ({ origin, browser }) => {
		console.log(`answer→step (klikk på et svar til neste trinn er malt), CPU ${cpu}× langsommere, ${runs} klikk per overgang, median og hver kjøring:`);
		const results = await measureAnswerSteps(browser, origin, transitions.length ? transitions : ANSWER_TRANSITIONS, {
			runs,
			cpuSlowdown: cpu,
			log: console.log
		});
		if (results.some((r) => r.runsMs.length === 0)) exitCode = 1;
	});
	process.exit(exitCode);
}
