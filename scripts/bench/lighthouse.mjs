/**
 * The Lighthouse part of `npm run bench`: which pages it measures, the runs (mobile, simulated
 * throttling, the system's Chromium), one result per page from the median of its runs, and the
 * table and lost audits it prints.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';
import { median } from './answer-step-stats.mjs';
import { fixed, kib, seconds, table } from './format.mjs';
import { GUIDE_PAGES } from './pages.mjs';

const LANGS = ['nb', 'nn'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @typedef {{ page: string, kind: string, url: string }} Target
 * @typedef {{ id: string, title: string, score: number | null, displayValue?: string }} LostAudit
 * @typedef {{ fcpMs: number | null, lcpMs: number | null, tbtMs: number | null, cls: number | null, speedIndexMs: number | null }} Metrics
 * @typedef {{
 *   finalUrl: string,
 *   scores: Record<string, number | null>,
 *   metrics: Metrics,
 *   transfer: { totalBytes: number, jsBytes: number, requests: number, jsRequests: number, jsFiles: string[] },
 *   failing: Record<string, LostAudit[]>,
 *   runtimeError: import('lighthouse').Result['runtimeError'] | null,
 *   runWarnings: string[]
 * }} RunSummary
 * @typedef {RunSummary & { performanceRuns: (number | null)[], tbtRuns: (number | null)[] }} CombinedRuns
 * @typedef {Target & CombinedRuns & { lighthouseVersion: string, userAgent: string | undefined }} PageRun
 * @typedef {{ url: string, resourceType?: string, transferSize?: number }} NetworkRequest
 */

/**
 * The bare page first, then every page of GUIDE_PAGES in each language.
 * @param {string} guideDir the built guide (every page must be there)
 * @param {string} guideOrigin where it is served
 * @param {string} bareOrigin where the bare SvelteKit site is served
 * @returns {Target[]}
 */
export function lighthouseTargets(guideDir, guideOrigin, bareOrigin) {
	const targets = [{ page: 'bare', kind: 'bare', url: `${bareOrigin}/` }];
	for (const lang of LANGS) {
		for (const [kind = '', path = ''] of GUIDE_PAGES) {
			const page = `/${lang}/${path}`;
			if (!existsSync(join(guideDir, page, 'index.html'))) throw new Error(`siden ${page} ble ikke bygget`);
			targets.push({ page, kind, url: `${guideOrigin}${page}` });
		}
	}
	return targets;
}

/**
 * One Lighthouse run: scores, metrics, what was transferred, the audits that cost points.
 * @param {import('lighthouse').Result} lhr
 * @returns {RunSummary}
 */
function summarize(lhr) {
	const audit = (/** @type {string} */ id) => lhr.audits[id];
	const details = /** @type {{ items?: NetworkRequest[] } | undefined} */ (audit('network-requests')?.details);
	const requests = details?.items ?? [];
	// Every script the page loaded before Lighthouse saw the network quiet (start-up, imports).
	const scripts = requests.filter((r) => r.resourceType === 'Script');
	const sum = (/** @type {NetworkRequest[]} */ items) => items.reduce((total, r) => total + (r.transferSize ?? 0), 0);
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
	/** Audits that cost points in a category: id, title and score. */
	const failing = (/** @type {string} */ category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.flatMap((ref) => {
				const a = audit(ref.id);
				return a && a.score !== null && a.score < 1 ? [{ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue }] : [];
			});
	return {
		finalUrl: lhr.finalDisplayedUrl,
		scores,
		metrics: {
			fcpMs: audit('first-contentful-paint')?.numericValue ?? null,
			lcpMs: audit('largest-contentful-paint')?.numericValue ?? null,
			tbtMs: audit('total-blocking-time')?.numericValue ?? null,
			cls: audit('cumulative-layout-shift')?.numericValue ?? null,
			speedIndexMs: audit('speed-index')?.numericValue ?? null
		},
		transfer: {
			totalBytes: audit('total-byte-weight')?.numericValue ?? sum(requests),
			jsBytes: sum(scripts),
			requests: requests.length,
			jsRequests: scripts.length,
			jsFiles: scripts.map((r) => new URL(r.url).pathname)
		},
		failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(c)])),
		runtimeError: lhr.runtimeError ?? null,
		runWarnings: lhr.runWarnings ?? []
	};
}

/**
 * A page's runs as one result: each score and metric is the median of the runs; what was
 * transferred and the failing audits are those of the run with the median performance score
 * (the lower middle one for an even number of runs; they hardly differ between runs).
 * @param {import('lighthouse').Result[]} runs at least one
 * @returns {CombinedRuns}
 */
function combineRuns(runs) {
	const summaries = runs.map(summarize);
	const byPerformance = [...summaries].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
	const middle = /** @type {RunSummary} */ (byPerformance[Math.floor((byPerformance.length - 1) / 2)]);
	const medianOf = (/** @type {(r: RunSummary) => number | null | undefined} */ pick) => {
		const values = /** @type {number[]} */ (summaries.map(pick).filter((v) => v !== null && v !== undefined));
		return values.length ? median(values) : null;
	};
	const metricKeys = /** @type {(keyof Metrics)[]} */ (Object.keys(middle.metrics));
	return {
		...middle,
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, medianOf((r) => r.scores[c])])),
		metrics: /** @type {Metrics} */ (Object.fromEntries(metricKeys.map((k) => [k, medianOf((r) => r.metrics[k])]))),
		runtimeError: summaries.find((r) => r.runtimeError)?.runtimeError ?? null,
		performanceRuns: summaries.map((r) => r.scores.performance ?? null),
		tbtRuns: summaries.map((r) => r.metrics.tbtMs)
	};
}

/**
 * Runs Lighthouse `runs` times on each target, one page at a time, in one Chromium; with
 * `warmup`, a first run on the first target is thrown away. Logs a line per page.
 * @param {Target[]} targets
 * @param {{ runs: number, warmup: boolean, log: (line: string) => void }} options
 * @returns {Promise<PageRun[]>}
 */
export async function runLighthouse(targets, { runs: runsPerPage, warmup, log }) {
	const chromePath = findChromium();
	if (!chromePath) throw new Error('fant ikke Chromium (apt-get install chromium, eller sett CHROME_PATH)');
	process.env.CHROME_PATH = chromePath;
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		logLevel: 'silent'
	});
	/** @type {import('lighthouse').Flags} */
	const flags = {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES,
		disableFullPageScreenshot: true
		// formFactor and throttling: Lighthouse's defaults (mobile, simulated throttling).
	};
	/** @type {PageRun[]} */
	const results = [];
	try {
		if (warmup && targets[0]) {
			const t = Date.now();
			await lighthouse(targets[0].url, flags);
			log(`  oppvarming (forkastes) ${targets[0].url}  ${seconds(Date.now() - t)} s`);
		}
		for (const target of targets) {
			const t = Date.now();
			/** @type {import('lighthouse').Result[]} */
			const runs = [];
			for (let i = 0; i < runsPerPage; i++) {
				const result = await lighthouse(target.url, flags);
				if (!result) throw new Error(`Lighthouse ga ikke noe resultat for ${target.url}`);
				runs.push(result.lhr);
			}
			const combined = combineRuns(runs);
			const first = /** @type {import('lighthouse').Result} */ (runs[0]);
			results.push({ ...target, ...combined, lighthouseVersion: first.lighthouseVersion, userAgent: first.environment?.hostUserAgent });
			log(`  ${target.page.padEnd(24)} ${seconds(Date.now() - t)} s  (ytelse per kjøring: ${combined.performanceRuns.join(', ')}; TBT ms: ${combined.tbtRuns.map((ms) => Math.round(ms ?? NaN)).join(', ')})`);
		}
	} finally {
		await chrome.kill();
	}
	return results;
}

/**
 * The printed table: the guide pages, then the bare page, with each page's JS over the bare page's.
 * @param {PageRun[]} pages
 * @param {PageRun} bare
 */
export function lighthouseTable(pages, bare) {
	const headers = ['page', 'perf', 'a11y', 'best-pr', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'transfer KiB', 'JS KiB', 'JS files', 'JS − bare KiB'];
	const row = (/** @type {PageRun} */ r) => [
		r.page,
		fixed(r.scores.performance, 2),
		fixed(r.scores.accessibility, 2),
		fixed(r.scores['best-practices'], 2),
		fixed(r.scores.seo, 2),
		fixed(r.metrics.lcpMs, 0),
		fixed(r.metrics.tbtMs, 0),
		fixed(r.metrics.cls, 3),
		kib(r.transfer.totalBytes),
		kib(r.transfer.jsBytes),
		r.transfer.jsRequests,
		`${r.transfer.jsBytes >= bare.transfer.jsBytes ? '+' : '-'}${kib(Math.abs(r.transfer.jsBytes - bare.transfer.jsBytes))}`
	];
	return table(headers, [...pages.map(row), row({ ...bare, page: 'bare SvelteKit page' })]);
}

/**
 * One line per audit that cost points in accessibility, best practices or SEO (performance has
 * its own columns).
 * @param {PageRun[]} results
 */
export function lostAudits(results) {
	return results.flatMap((r) =>
		['accessibility', 'best-practices', 'seo'].flatMap((c) => (r.failing[c] ?? []).map((a) => `  ${r.page} ${c}: ${a.id} (${a.title})`))
	);
}
