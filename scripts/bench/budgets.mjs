/**
 * The budgets `npm run bench` checks, and the pure checks themselves (unit-tested in
 * tests/unit/bench-budgets.test.ts). A breach is `{ budget, page, value, op, limit }`, with
 * `budget` one of the keys of BUDGETS (or `lighthouseError` / `answerStepFailed`) and the rest
 * ready to print.
 */
import { KiB, fixed, kib as kibNumber, pct } from './format.mjs';

export { KiB };

/**
 * @typedef {{ budget: string, page: string, value: string, op: string, limit: string }} Breach
 * @typedef {{
 *   page: string,
 *   scores: Record<string, number | null>,
 *   metrics: { tbtMs: number | null },
 *   transfer: { totalBytes: number, jsBytes: number },
 *   runtimeError?: { code?: string } | null
 * }} PageResult
 * @typedef {{ from: string, answer: string | null, runsMs: number[], medianMs: number, failures: string[] }} AnswerStepResult
 * @typedef {{ buildRatio: number, jsGrowthMean: number, jsGrowthMax: number }} ScaleResult
 */

export const BUDGETS = {
	/** Lighthouse mobile scores, the median of the runs, on every measured guide page. */
	performance: 0.98,
	accessibility: 1,
	bestPractices: 1,
	/** Lighthouse's Total Blocking Time (simulated, 4× CPU), median of the runs. */
	tbtMs: 100,
	/** JavaScript the page loads on a first visit (gzip, as transferred) over the bare SvelteKit page's. */
	jsOverBareBytes: 40 * KiB,
	/** Everything the page loads on a first visit (gzip, as transferred). */
	firstLoadTransferBytes: 110 * KiB,
	/** From the click on an answer to the next step painted, 4× CPU, median per transition. */
	answerStepMs: 150,
	/** The synthetic 10× guide's build time over the default guide's. */
	scaleBuildRatio: 12,
	/** Growth of the JavaScript per step page in the 10× guide (mean and largest page). */
	scaleJsGrowth: 0.05
};

/** What each budget says, for the printed list and reports/bench.md (bokmål, as the README). */
export const BUDGET_TEXT = {
	performance: `ytelse ≥ ${BUDGETS.performance.toFixed(2)}`,
	accessibility: `universell utforming = ${BUDGETS.accessibility.toFixed(2)}`,
	bestPractices: `beste praksis = ${BUDGETS.bestPractices.toFixed(2)}`,
	tbtMs: `TBT ≤ ${BUDGETS.tbtMs} ms`,
	jsOverBareBytes: `JavaScript ved første innlasting ≤ den tomme siden + ${BUDGETS.jsOverBareBytes / KiB} KiB`,
	firstLoadTransferBytes: `første innlasting ≤ ${BUDGETS.firstLoadTransferBytes / KiB} KiB`,
	answerStepMs: `answer→step ≤ ${BUDGETS.answerStepMs} ms (median)`,
	scaleBuildRatio: `10×: byggetid ≤ ${BUDGETS.scaleBuildRatio}×`,
	scaleJsGrowth: `10×: JavaScript per trinnside ≤ +${BUDGETS.scaleJsGrowth * 100} %`
};

const kib = (/** @type {number} */ bytes) => `${kibNumber(bytes)} KiB`;

/**
 * A guide page's breaches. `page` and `bare` as lighthouse.mjs summarizes Lighthouse: `scores`
 * (median per category), `metrics.tbtMs` (median), `transfer.{totalBytes,jsBytes}`.
 * @param {PageResult} page
 * @param {PageResult} bare
 * @returns {Breach[]}
 */
export function pageBreaches(page, bare, budgets = BUDGETS) {
	/** @type {Breach[]} */
	const out = [];
	const add = (/** @type {string} */ budget, /** @type {string} */ value, /** @type {string} */ op, /** @type {string} */ limit) => out.push({ budget, page: page.page, value, op, limit });
	if (page.runtimeError) add('lighthouseError', page.runtimeError.code ?? String(page.runtimeError), '≠', 'ingen feil');
	const s = page.scores;
	if (!((s.performance ?? NaN) >= budgets.performance)) add('performance', fixed(s.performance, 2), '<', fixed(budgets.performance, 2));
	if (!((s.accessibility ?? NaN) >= budgets.accessibility)) add('accessibility', fixed(s.accessibility, 2), '<', fixed(budgets.accessibility, 2));
	if (!((s['best-practices'] ?? NaN) >= budgets.bestPractices)) add('bestPractices', fixed(s['best-practices'], 2), '<', fixed(budgets.bestPractices, 2));
	if (!((page.metrics.tbtMs ?? NaN) <= budgets.tbtMs)) add('tbtMs', `${fixed(page.metrics.tbtMs, 0)} ms`, '>', `${budgets.tbtMs} ms`);
	const jsLimit = bare.transfer.jsBytes + budgets.jsOverBareBytes;
	if (!(page.transfer.jsBytes <= jsLimit)) {
		add('jsOverBareBytes', `${kib(page.transfer.jsBytes)} (tom side + ${kib(page.transfer.jsBytes - bare.transfer.jsBytes)})`, '>', `${kib(jsLimit)} (tom side + ${kib(budgets.jsOverBareBytes)})`);
	}
	if (!(page.transfer.totalBytes <= budgets.firstLoadTransferBytes)) add('firstLoadTransferBytes', kib(page.transfer.totalBytes), '>', kib(budgets.firstLoadTransferBytes));
	return out;
}

/**
 * Breaches of the answer→step budget: `results` as answer-step.mjs measures them.
 * @param {AnswerStepResult[]} results
 * @returns {Breach[]}
 */
export function answerStepBreaches(results, budgets = BUDGETS) {
	return results.flatMap((r) => {
		const page = `${r.from} «${r.answer ?? '?'}»`;
		if (r.runsMs.length === 0) return [{ budget: 'answerStepFailed', page, value: r.failures[0] ?? 'ingen måling', op: '≠', limit: 'en måling' }];
		if (r.medianMs <= budgets.answerStepMs) return [];
		return [{ budget: 'answerStepMs', page, value: `${Math.round(r.medianMs)} ms`, op: '>', limit: `${budgets.answerStepMs} ms` }];
	});
}

/**
 * Breaches of the 10× guide.
 * @param {ScaleResult} scale
 * @returns {Breach[]}
 */
export function scaleBreaches(scale, budgets = BUDGETS) {
	/** @type {Breach[]} */
	const out = [];
	const add = (/** @type {string} */ what, /** @type {string} */ value, /** @type {string} */ op, /** @type {string} */ limit) => out.push({ budget: what.startsWith('JS') ? 'scaleJsGrowth' : 'scaleBuildRatio', page: `10× ${what}`, value, op, limit });
	if (!(scale.buildRatio <= budgets.scaleBuildRatio)) add('byggetid', `${scale.buildRatio.toFixed(2)}×`, '>', `${budgets.scaleBuildRatio}×`);
	if (!(scale.jsGrowthMean <= budgets.scaleJsGrowth)) add('JS per trinnside (snitt)', pct(scale.jsGrowthMean), '>', pct(budgets.scaleJsGrowth));
	if (!(scale.jsGrowthMax <= budgets.scaleJsGrowth)) add('JS per trinnside (største)', pct(scale.jsGrowthMax), '>', pct(budgets.scaleJsGrowth));
	return out;
}

/**
 * Each budget with whether it held: true, false, or null when this run did not measure it
 * (--scale-only, --no-scale). `measured` says which parts ran.
 * @param {{ budget: string }[]} breaches
 * @param {{ lighthouse: boolean, answerStep: boolean, scale: boolean }} measured
 */
export function budgetOutcomes(breaches, measured) {
	const part = {
		performance: 'lighthouse',
		accessibility: 'lighthouse',
		bestPractices: 'lighthouse',
		tbtMs: 'lighthouse',
		jsOverBareBytes: 'lighthouse',
		firstLoadTransferBytes: 'lighthouse',
		answerStepMs: 'answerStep',
		scaleBuildRatio: 'scale',
		scaleJsGrowth: 'scale'
	};
	const broken = new Set(breaches.map((b) => (b.budget === 'lighthouseError' ? 'performance' : b.budget === 'answerStepFailed' ? 'answerStepMs' : b.budget)));
	return Object.entries(part).map(([budget, which]) => ({
		budget,
		text: BUDGET_TEXT[/** @type {keyof typeof BUDGET_TEXT} */ (budget)],
		held: measured[/** @type {'lighthouse' | 'answerStep' | 'scale'} */ (which)] ? !broken.has(budget) : null
	}));
}
