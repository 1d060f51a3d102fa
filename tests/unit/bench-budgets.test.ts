import { describe, expect, it } from 'vitest';
import { BUDGETS, KiB, answerStepBreaches, budgetOutcomes, pageBreaches, scaleBreaches } from '../../scripts/bench/budgets.mjs';
import { benchMarkdown, markdownTable } from '../../scripts/bench/report-markdown.mjs';

const bare = {
	page: 'bare',
	scores: { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 },
	metrics: { lcpMs: 1300, tbtMs: 40, cls: 0 },
	transfer: { totalBytes: 36 * KiB, jsBytes: 33 * KiB },
	performanceRuns: [1, 1, 1],
	runtimeError: null
};
const page = (overrides: object = {}) => ({ ...bare, page: '/nb/', ...overrides });

describe('the bench’s budgets', () => {
	it('hold for a page within every budget, measured against the bare page', () => {
		const within = page({ transfer: { totalBytes: 110 * KiB, jsBytes: 33 * KiB + 40 * KiB }, metrics: { lcpMs: 1500, tbtMs: 100, cls: 0 } });
		expect(pageBreaches(within, bare)).toEqual([]);
	});

	it('name each broken page budget', () => {
		const over = page({
			scores: { performance: 0.97, accessibility: 0.98, 'best-practices': 1, seo: 1 },
			metrics: { lcpMs: 1500, tbtMs: 101, cls: 0 },
			transfer: { totalBytes: 110 * KiB + 1, jsBytes: 33 * KiB + 40 * KiB + 1 }
		});
		expect(pageBreaches(over, bare).map((b) => b.budget)).toEqual(['performance', 'accessibility', 'tbtMs', 'jsOverBareBytes', 'firstLoadTransferBytes']);
		// A score Lighthouse could not compute (null) is a breach, not a pass.
		const missing = page({ scores: { performance: null, accessibility: 1, 'best-practices': 1, seo: 1 } });
		expect(pageBreaches(missing, bare).map((b) => b.budget)).toEqual(['performance']);
	});

	it('check answer→step on the median, and count a transition with no measurement as broken', () => {
		const ok = { from: '/nb/', answer: 'nei', runsMs: [90, 400, 140], medianMs: 140, failures: [] };
		const slow = { from: '/nb/niva-0/trinn-1/', answer: 'ja', runsMs: [151, 160, 170], medianMs: 160, failures: [] };
		const failed = { from: '/nb/x/', answer: null, runsMs: [], medianMs: NaN, failures: ['ingen ny side malt etter 20 s'] };
		expect(answerStepBreaches([ok, slow, failed]).map((b) => [b.budget, b.page])).toEqual([
			['answerStepMs', '/nb/niva-0/trinn-1/ «ja»'],
			['answerStepFailed', '/nb/x/ «?»']
		]);
	});

	it('check the 10× guide’s build time and JavaScript growth', () => {
		expect(scaleBreaches({ buildRatio: 12, jsGrowthMean: 0.05, jsGrowthMax: 0 })).toEqual([]);
		expect(scaleBreaches({ buildRatio: 12.1, jsGrowthMean: 0, jsGrowthMax: 0.06 }).map((b) => b.budget)).toEqual(['scaleBuildRatio', 'scaleJsGrowth']);
	});

	it('say which budgets held, and which this run did not measure', () => {
		const outcomes = budgetOutcomes([{ budget: 'answerStepFailed' }], { lighthouse: true, answerStep: true, scale: false });
		const held = Object.fromEntries(outcomes.map((o) => [o.budget, o.held]));
		expect(held).toMatchObject({ performance: true, tbtMs: true, answerStepMs: false, scaleBuildRatio: null, scaleJsGrowth: null });
		expect(outcomes).toHaveLength(Object.keys(BUDGETS).length);
	});
});

describe('reports/bench.md', () => {
	it('writes Markdown tables with escaped pipes', () => {
		expect(markdownTable(['Side', 'Ytelse'], [['a|b', '1,00']])).toBe('| Side | Ytelse |\n| --- | ---: |\n| a\\|b | 1,00 |');
	});

	it('has the machine, the budgets, the table with the bare page, answer→step and the scale', () => {
		const report = {
			date: '2026-11-24T10:00:00.000Z',
			source: { commit: 'abc1234', uncommittedFiles: 0 },
			node: 'v24.22.3',
			machine: { cores: 2, cpuModel: 'Test CPU', os: 'Debian GNU/Linux 12 (bookworm)', chromium: 'Chromium 156.0.8078.114', loadAverage: { start: 0.5, end: 1.25 } },
			lighthouseVersion: '13.5.0',
			options: { runs: 3, warmup: true, answerRuns: 5 },
			runtimeMs: 360_000,
			pages: [page({ transfer: { totalBytes: 60 * KiB, jsBytes: 41 * KiB } })],
			bare,
			answerStep: [{ from: '/nb/', answer: 'nei', to: '/nb/tjeneste/', runsMs: [95, 101, 120], medianMs: 101, kinds: ['client'], fcpMs: [], failures: [] }],
			answerStepBare: { from: '/', answer: 'neste', to: '/neste/', runsMs: [60, 62, 70], medianMs: 62, kinds: ['client'], fcpMs: [], failures: [] },
			scale: {
				default: { stepsPerLanguage: 17, pagesPerLanguage: 22, htmlFiles: 141, buildMs: 18_000, jsGzipMean: 40 * KiB, jsGzipMax: 40 * KiB, cssGzipMean: 11 * KiB, htmlGzipMean: 7 * KiB },
				large: { stepsPerLanguage: 170, pagesPerLanguage: 224, htmlFiles: 900, buildMs: 30_000, jsGzipMean: 40 * KiB, jsGzipMax: 40 * KiB, cssGzipMean: 11 * KiB, htmlGzipMean: 7 * KiB },
				stepRatio: 10,
				buildRatio: 30 / 18,
				jsGrowthMean: 0,
				jsGrowthMax: 0
			},
			breaches: []
		};
		const md = benchMarkdown(report);
		expect(md).toContain('# npm run bench, 2026-11-24 10:00 UTC');
		expect(md).toContain('2 kjerner (Test CPU), Debian GNU/Linux 12 (bookworm); Node v24.22.3; Chromium 156.0.8078.114; Lighthouse 13.5.0');
		expect(md).toContain('- ✓ answer→step ≤ 150 ms (median)');
		expect(md).toContain('| `/nb/` | 1,00 | 1,00 | 1,00 | 1,00 | 1300 ms | 40 ms | 0,000 | 60,0 KiB | 41,0 KiB | +8,0 KiB | 1,00 1,00 1,00 |');
		expect(md).toContain('| tom SvelteKit-side | 1,00 |');
		expect(md).toContain('| `/nb/` «nei» → `/nb/tjeneste/` | 101 ms | 95 101 120 | klientnavigering | – |');
		expect(md).toContain('| tom SvelteKit-side → neste side | 62 ms |');
		expect(md).toContain('| Byggetid | 18,0 s | 30,0 s | 1,67× | ≤ 12× |');
		expect(md).toContain('Alle målte budsjetter holdt.');
	});
});
