/**
 * The scale part of `npm run bench`: the default guide against the synthetic 10× guide
 * (generate-large-guide.mjs): build time, and JS, CSS and HTML per step page measured on the
 * built files (weights.mjs, gzip level 9).
 */
import { join } from 'node:path';
import { BUDGETS } from './budgets.mjs';
import { kib, pct, seconds, table } from './format.mjs';
import { countPages } from './generate-large-guide.mjs';
import { STEP_PAGE, pageWeights } from './weights.mjs';

/**
 * @typedef {{ stepPages: number, jsGzipMean: number, jsGzipMax: number, cssGzipMean: number, htmlGzipMean: number }} StepPageStats
 * @typedef {{ stepsPerLanguage: number, pagesPerLanguage: number, buildMs: number, htmlFiles: number } & StepPageStats} GuideSize
 * @typedef {{
 *   default: GuideSize,
 *   large: GuideSize,
 *   stepRatio: number,
 *   buildRatio: number,
 *   buildRatioLimit: number,
 *   jsGrowthMean: number,
 *   jsGrowthMax: number
 * }} ScaleReport
 * @typedef {{ outDir: string, build: import('./workspace.mjs').GuideBuild }} BuiltGuide
 */

/**
 * Mean and largest sizes of the step pages of a built guide.
 * @param {string} dir
 * @returns {StepPageStats}
 */
function stepPageStats(dir) {
	const rows = pageWeights(dir).filter((r) => STEP_PAGE.test(r.page));
	const mean = (/** @type {'jsGzip' | 'cssGzip' | 'htmlGzip'} */ key) => rows.reduce((sum, r) => sum + r[key], 0) / rows.length;
	return {
		stepPages: rows.length,
		jsGzipMean: mean('jsGzip'),
		jsGzipMax: Math.max(...rows.map((r) => r.jsGzip)),
		cssGzipMean: mean('cssGzip'),
		htmlGzipMean: mean('htmlGzip')
	};
}

/** @param {number} a @param {number} b */
const growth = (a, b) => (b - a) / a;

/**
 * The comparison that reports/bench.json keeps as `scale` (scaleBreaches checks it).
 * @param {BuiltGuide & { contentDir: string }} standard the default guide and its content folder
 * @param {BuiltGuide & { guide: import('./workspace.mjs').LargeGuide }} large the 10× guide and what was generated
 * @returns {ScaleReport}
 */
export function compareScale(standard, large) {
	const before = stepPageStats(standard.outDir);
	const after = stepPageStats(large.outDir);
	const defaultSteps = large.guide.defaultSteps;
	return {
		default: {
			stepsPerLanguage: defaultSteps,
			pagesPerLanguage: countPages(join(standard.contentDir, 'nb')),
			buildMs: standard.build.totalMs,
			htmlFiles: standard.build.htmlFiles,
			...before
		},
		large: {
			stepsPerLanguage: large.guide.stepsPerLanguage,
			pagesPerLanguage: large.guide.pagesPerLanguage,
			buildMs: large.build.totalMs,
			htmlFiles: large.build.htmlFiles,
			...after
		},
		stepRatio: large.guide.stepsPerLanguage / defaultSteps,
		buildRatio: large.build.totalMs / standard.build.totalMs,
		buildRatioLimit: BUDGETS.scaleBuildRatio,
		jsGrowthMean: growth(before.jsGzipMean, after.jsGzipMean),
		jsGrowthMax: growth(before.jsGzipMax, after.jsGzipMax)
	};
}

/**
 * The printed table: default against 10×, the change and the budget.
 * @param {ScaleReport} sc
 */
export function scaleTable(sc) {
	const { default: before, large: after } = sc;
	const times = (/** @type {number} */ ratio, /** @type {number} */ digits) => `${ratio.toFixed(digits)}×`;
	const jsLimit = `≤ +${BUDGETS.scaleJsGrowth * 100} %`;
	return table(
		['', 'default', '10×', 'change', 'limit'],
		[
			['steps per language', before.stepsPerLanguage, after.stepsPerLanguage, times(sc.stepRatio, 1), ''],
			['pages per language', before.pagesPerLanguage, after.pagesPerLanguage, times(after.pagesPerLanguage / before.pagesPerLanguage, 1), ''],
			['built HTML files', before.htmlFiles, after.htmlFiles, times(after.htmlFiles / before.htmlFiles, 1), ''],
			['build time s (check + vite)', seconds(before.buildMs), seconds(after.buildMs), times(sc.buildRatio, 2), `≤ ${BUDGETS.scaleBuildRatio}×`],
			['JS per step page KiB (mean)', kib(before.jsGzipMean), kib(after.jsGzipMean), pct(sc.jsGrowthMean), jsLimit],
			['JS per step page KiB (max)', kib(before.jsGzipMax), kib(after.jsGzipMax), pct(sc.jsGrowthMax), jsLimit],
			['CSS per step page KiB (mean)', kib(before.cssGzipMean), kib(after.cssGzipMean), pct(growth(before.cssGzipMean, after.cssGzipMean)), ''],
			['HTML per step page KiB (mean)', kib(before.htmlGzipMean), kib(after.htmlGzipMean), pct(growth(before.htmlGzipMean, after.htmlGzipMean)), '']
		]
	);
}
