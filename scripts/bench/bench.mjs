/**
 * `npm run bench`: builds the guide, a bare SvelteKit page (bench/bare) and a synthetic guide ten
 * times the default size, runs Lighthouse 12 (mobile, simulated throttling, Debian Chromium) on
 * twelve guide pages (six per language) and the bare page, prints the results with the ratios to
 * the bare page, checks the budgets and writes everything to reports/bench.json. Exits 1 when a
 * budget is broken.
 *
 *   node scripts/bench/bench.mjs [--no-scale] [--scale-only] [--no-warmup] [--keep] [--runs=N]
 *
 *   --no-scale    skip the 10× guide
 *   --scale-only  only the build-time and JS-per-step comparison (no Lighthouse, no bare page)
 *   --no-warmup   skip the discarded first Lighthouse run
 *   --keep        keep the temporary working copy and builds (the path is printed)
 *   --runs=N      Lighthouse runs per page (default 3); the table shows the run with the median
 *                 performance score, because one run's score moves with whatever else the
 *                 machine is doing (the budget is on that score, so the median is taken of it,
 *                 not of FCP and TTI as Lighthouse's computeMedianRun does)
 *
 * Everything is built in a temporary copy of the repository (under the OS temp folder, with
 * node_modules linked), so the bench neither reads nor writes build/, .svelte-kit/ or content/
 * in the working tree that others may be using.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';
import { countPages, generateLargeGuide } from './generate-large-guide.mjs';
import { GUIDE_PAGES } from './pages.mjs';
import { startGzipServer } from './server.mjs';
import { STEP_PAGE, htmlFiles, pageWeights } from './weights.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runsArg = process.argv.slice(2).find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : 3;
const args = new Set(process.argv.slice(2).filter((a) => a !== runsArg));
const SCALE_ONLY = args.has('--scale-only');
const WITH_SCALE = !args.has('--no-scale');
const WARMUP = !args.has('--no-warmup');
const KEEP = args.has('--keep');
for (const arg of args) {
	if (!['--no-scale', '--scale-only', '--no-warmup', '--keep'].includes(arg)) {
		console.error(`Ukjent valg «${arg}». Bruk: node scripts/bench/bench.mjs [--no-scale] [--scale-only] [--no-warmup] [--keep] [--runs=N]`);
		process.exit(2);
	}
}
if (!Number.isInteger(RUNS) || RUNS < 1) {
	console.error(`--runs må være et helt tall fra 1 og opp, ikke «${runsArg}».`);
	process.exit(2);
}
if (SCALE_ONLY && !WITH_SCALE) {
	console.error('--scale-only og --no-scale kan ikke brukes sammen.');
	process.exit(2);
}

const KiB = 1024;
const BUDGETS = {
	performance: 0.98,
	accessibility: 1,
	bestPractices: 1,
	jsPerPageVsBare: 1.5,
	firstLoadTransferBytes: 80 * KiB,
	scaleJsGrowth: 0.05,
	/** The 10× build may take at most (steps ratio) × this slack times the default build. */
	scaleBuildSlack: 1.2
};
const PORT_RANGE = [4300, 4399];
const LANGS = ['nb', 'nn'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Files and folders of the repository that a build does not need (or that others are using). */
const SKIP = new Set(['node_modules', '.git', '.svelte-kit', 'build', 'test-results', 'reports', 'playwright-report', 'bench-results', '.tmp']);

const started = Date.now();
const seconds = (ms) => (ms / 1000).toFixed(1);
const log = (line) => console.log(line);

// ---------------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------------

const tmp = mkdtempSync(join(tmpdir(), 'hv-bench-'));
const app = join(tmp, 'app');
const logs = join(tmp, 'logs');
mkdirSync(logs);
const bin = (name) => join(app, 'node_modules', '.bin', name);

/** Runs a command with its output in a log file; throws with the log's tail on failure. */
function run(name, command, commandArgs, { cwd = app, env = {} } = {}) {
	const logFile = join(logs, `${name}.log`);
	const fd = openSync(logFile, 'a');
	const childEnv = { ...process.env, ...env };
	delete childEnv.BASE_PATH;
	return new Promise((done, fail) => {
		const child = spawn(command, commandArgs, { cwd, env: childEnv, stdio: ['ignore', fd, fd] });
		child.on('error', (error) => {
			closeSync(fd);
			fail(error);
		});
		child.on('close', (code) => {
			closeSync(fd);
			if (code === 0) return done();
			const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
			fail(new Error(`«${[relative(app, command) || command, ...commandArgs].join(' ')}» feilet (kode ${code}). Slutten av ${logFile}:\n${tail}`));
		});
	});
}

async function timed(fn) {
	const t = Date.now();
	await fn();
	return Date.now() - t;
}

function copyRepository() {
	cpSync(REPO, app, {
		recursive: true,
		filter: (source) => {
			const parts = relative(REPO, source).split(sep);
			if (parts[0] === '') return true;
			if (parts.length === 1 && (SKIP.has(parts[0]) || parts[0].startsWith('build-'))) return false;
			// Nested build folders (e.g. bench/bare/.svelte-kit) are never part of the source.
			return !parts.some((p) => p === 'node_modules' || p === '.svelte-kit');
		}
	});
	symlinkSync(join(REPO, 'node_modules'), join(app, 'node_modules'), 'dir');
}

/** `npm run build` for a content folder: the content check, then vite build. Wall-clock ms. */
async function buildGuide(name, contentDir, outDir) {
	const env = { CONTENT_DIR: contentDir, BUILD_DIR: outDir };
	const check = await timed(() => run(name, bin('tsx'), ['scripts/check-content.ts'], { env }));
	const vite = await timed(() => run(name, bin('vite'), ['build'], { env }));
	return { checkMs: check, viteMs: vite, totalMs: check + vite, htmlFiles: htmlFiles(outDir).length };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------------------------

function summarize(lhr) {
	const audit = (id) => lhr.audits[id];
	const requests = audit('network-requests')?.details?.items ?? [];
	const scripts = requests.filter((r) => r.resourceType === 'Script');
	const sum = (items) => items.reduce((total, r) => total + (r.transferSize ?? 0), 0);
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
	/** Audits that cost points in a category: id, title and score. */
	const failing = (category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => audit(ref.id))
			.filter((a) => a && a.score !== null && a.score < 1)
			.map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue }));
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
			jsRequests: scripts.length
		},
		failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(c)])),
		runtimeError: lhr.runtimeError ?? null,
		runWarnings: lhr.runWarnings ?? []
	};
}

/** The run with the median performance score (the lower middle one for an even number of runs). */
function medianByPerformance(runs) {
	const sorted = [...runs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function runLighthouse(targets) {
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
	const flags = {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: CATEGORIES,
		disableFullPageScreenshot: true
		// formFactor and throttling: Lighthouse's defaults (mobile, simulated throttling).
	};
	const results = [];
	try {
		if (WARMUP && targets.length > 0) {
			const t = Date.now();
			await lighthouse(targets[0].url, flags);
			log(`  oppvarming (forkastes) ${targets[0].url}  ${seconds(Date.now() - t)} s`);
		}
		for (const target of targets) {
			const t = Date.now();
			const runs = [];
			for (let i = 0; i < RUNS; i++) {
				const result = await lighthouse(target.url, flags);
				if (!result) throw new Error(`Lighthouse ga ikke noe resultat for ${target.url}`);
				runs.push(result.lhr);
			}
			const lhr = medianByPerformance(runs);
			const summary = summarize(lhr);
			const performanceRuns = runs.map((run) => run.categories.performance?.score ?? null);
			results.push({ ...target, ...summary, performanceRuns, lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent });
			log(`  ${target.page.padEnd(24)} ${seconds(Date.now() - t)} s  (ytelse per kjøring: ${performanceRuns.join(', ')})`);
		}
	} finally {
		await chrome.kill();
	}
	return results;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

function table(headers, rows, alignLeft = 1) {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) =>
		cells.map((c, i) => (i < alignLeft ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
	return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fixed = (n, digits) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const kib = (bytes) => fixed(bytes / KiB, 1);

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/** Which source the working copy was taken from (read-only git commands; no git is fine). */
function sourceVersion() {
	try {
		const git = (...a) => execFileSync('git', a, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		return { commit: git('rev-parse', '--short', 'HEAD'), uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length };
	} catch {
		return null;
	}
}

const report = {
	date: new Date().toISOString(),
	source: sourceVersion(),
	node: process.version,
	options: { scaleOnly: SCALE_ONLY, scale: WITH_SCALE, warmup: WARMUP, runs: RUNS },
	budgets: BUDGETS,
	builds: {},
	pages: [],
	bare: null,
	scale: null,
	breaches: []
};
const breaches = report.breaches;
const breach = (page, what, value, op, limit) => breaches.push({ page, what, value, op, limit });
const servers = [];
let exitCode = 0;

try {
	log(`Arbeidskopi: ${app}`);
	copyRepository();
	await run('sync', bin('svelte-kit'), ['sync']);

	const out = { default: join(tmp, 'out-default'), bare: join(tmp, 'out-bare'), large: join(tmp, 'out-10x') };

	log('Bygger standardveilederen …');
	report.builds.default = await buildGuide('build-default', 'content', out.default);
	log(`  ${seconds(report.builds.default.totalMs)} s (innholdskontroll ${seconds(report.builds.default.checkMs)} s + vite build ${seconds(report.builds.default.viteMs)} s), ${report.builds.default.htmlFiles} HTML-filer`);

	if (!SCALE_ONLY) {
		log('Bygger den tomme SvelteKit-siden (bench/bare) …');
		const cwd = join(app, 'bench', 'bare');
		const env = { BUILD_DIR: out.bare };
		await run('build-bare', bin('svelte-kit'), ['sync'], { cwd, env });
		const ms = await timed(() => run('build-bare', bin('vite'), ['build'], { cwd, env }));
		report.builds.bare = { totalMs: ms, htmlFiles: htmlFiles(out.bare).length };
		log(`  ${seconds(ms)} s`);
	}

	let large;
	if (WITH_SCALE) {
		// Generated only now: the markdown of examples/ is compiled by every build, so it would
		// otherwise slow down the default build above. (The app only compiles markdown under
		// content/ and examples/, so the 10× guide must live inside the working copy.)
		const largeContent = join(app, 'examples', 'bench-10x');
		large = generateLargeGuide(largeContent, { from: join(app, 'content') });
		log(`Bygger den syntetiske 10×-veilederen (${large.stepsPerLanguage} trinn og ${large.pagesPerLanguage} sider per språk) …`);
		report.builds.large = await buildGuide('build-10x', relative(app, largeContent), out.large);
		log(`  ${seconds(report.builds.large.totalMs)} s (innholdskontroll ${seconds(report.builds.large.checkMs)} s + vite build ${seconds(report.builds.large.viteMs)} s), ${report.builds.large.htmlFiles} HTML-filer`);
	}

	// ---- Lighthouse -------------------------------------------------------------------------
	if (!SCALE_ONLY) {
		const guideServer = await startGzipServer(out.default, PORT_RANGE[0] + 10, { portRange: PORT_RANGE });
		servers.push(guideServer);
		const bareServer = await startGzipServer(out.bare, guideServer.address().port + 1, { portRange: PORT_RANGE });
		servers.push(bareServer);
		const guideBase = `http://127.0.0.1:${guideServer.address().port}`;
		const bareBase = `http://127.0.0.1:${bareServer.address().port}`;
		const targets = [{ page: 'bare', kind: 'bare', url: `${bareBase}/` }];
		for (const lang of LANGS) {
			for (const [kind, path] of GUIDE_PAGES) {
				const page = `/${lang}/${path}`;
				if (!existsSync(join(out.default, page, 'index.html'))) throw new Error(`siden ${page} ble ikke bygget`);
				targets.push({ page, kind, url: `${guideBase}${page}` });
			}
		}
		log(`Lighthouse (mobil, simulert struping) på ${targets.length} sider, ${RUNS} ganger hver, én om gangen …`);
		const results = await runLighthouse(targets);
		report.bare = results.find((r) => r.kind === 'bare');
		report.pages = results.filter((r) => r.kind !== 'bare');
		const bare = report.bare;
		for (const page of report.pages) {
			page.ratios = {
				js: bare.transfer.jsBytes ? page.transfer.jsBytes / bare.transfer.jsBytes : null,
				transfer: bare.transfer.totalBytes ? page.transfer.totalBytes / bare.transfer.totalBytes : null
			};
		}
		report.lighthouseVersion = bare.lighthouseVersion;
		report.userAgent = bare.userAgent;

		log('');
		log(`Lighthouse ${bare.lighthouseVersion}, mobil, simulert struping; medianen av ${RUNS} kjøringer per side. Scores 0–1; KiB = overført (gzip).`);
		const headers = ['page', 'perf', 'a11y', 'best-pr', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'transfer KiB', 'JS KiB', 'JS/bare', 'transfer/bare'];
		const row = (r) => [
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
			r.ratios ? `${fixed(r.ratios.js, 2)}×` : '1.00×',
			r.ratios ? `${fixed(r.ratios.transfer, 2)}×` : '1.00×'
		];
		log(table(headers, [...report.pages.map(row), row({ ...bare, page: 'bare SvelteKit page' })]));

		const lost = report.pages.concat(bare).flatMap((r) =>
			['accessibility', 'best-practices', 'seo'].flatMap((c) => r.failing[c].map((a) => `  ${r.page === 'bare' ? 'bare' : r.page} ${c}: ${a.id} (${a.title})`))
		);
		if (lost.length) log(`\nAudits that cost points:\n${lost.join('\n')}`);

		// Budgets per guide page.
		for (const r of report.pages) {
			if (r.runtimeError) breach(r.page, 'lighthouse-error', r.runtimeError.code, '≠', 'ingen feil');
			const s = r.scores;
			if (!(s.performance >= BUDGETS.performance)) breach(r.page, 'performance', fixed(s.performance, 2), '<', fixed(BUDGETS.performance, 2));
			if (!(s.accessibility >= BUDGETS.accessibility)) breach(r.page, 'accessibility', fixed(s.accessibility, 2), '<', fixed(BUDGETS.accessibility, 2));
			if (!(s['best-practices'] >= BUDGETS.bestPractices)) breach(r.page, 'best-practices', fixed(s['best-practices'], 2), '<', fixed(BUDGETS.bestPractices, 2));
			const jsLimit = BUDGETS.jsPerPageVsBare * bare.transfer.jsBytes;
			if (r.transfer.jsBytes > jsLimit) {
				breach(r.page, 'JS', `${kib(r.transfer.jsBytes)} KiB (${fixed(r.ratios.js, 2)}× bare)`, '>', `${kib(jsLimit)} KiB (${BUDGETS.jsPerPageVsBare}× bare)`);
			}
			if (r.transfer.totalBytes > BUDGETS.firstLoadTransferBytes) {
				breach(r.page, 'first-load-transfer', `${kib(r.transfer.totalBytes)} KiB`, '>', `${kib(BUDGETS.firstLoadTransferBytes)} KiB`);
			}
		}
	}

	// ---- Scale ------------------------------------------------------------------------------
	if (WITH_SCALE) {
		const steps = (dir) => pageWeights(dir).filter((r) => STEP_PAGE.test(r.page));
		const stats = (rows) => {
			const mean = (key) => rows.reduce((sum, r) => sum + r[key], 0) / rows.length;
			return {
				stepPages: rows.length,
				jsGzipMean: mean('jsGzip'),
				jsGzipMax: Math.max(...rows.map((r) => r.jsGzip)),
				cssGzipMean: mean('cssGzip'),
				htmlGzipMean: mean('htmlGzip')
			};
		};
		const before = stats(steps(out.default));
		const after = stats(steps(out.large));
		const defaultSteps = large.defaultSteps;
		const stepRatio = large.stepsPerLanguage / defaultSteps;
		const buildRatio = report.builds.large.totalMs / report.builds.default.totalMs;
		const buildLimit = stepRatio * BUDGETS.scaleBuildSlack;
		const growth = (a, b) => (b - a) / a;
		report.scale = {
			default: { stepsPerLanguage: defaultSteps, pagesPerLanguage: countPages(join(app, 'content', 'nb')), buildMs: report.builds.default.totalMs, htmlFiles: report.builds.default.htmlFiles, ...before },
			large: { stepsPerLanguage: large.stepsPerLanguage, pagesPerLanguage: large.pagesPerLanguage, buildMs: report.builds.large.totalMs, htmlFiles: report.builds.large.htmlFiles, ...after },
			stepRatio,
			buildRatio,
			buildRatioLimit: buildLimit,
			jsGrowthMean: growth(before.jsGzipMean, after.jsGzipMean),
			jsGrowthMax: growth(before.jsGzipMax, after.jsGzipMax)
		};
		const sc = report.scale;
		const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
		log('');
		log('Scale: default guide vs synthetic 10× guide (JS/CSS/HTML per step page from the built files, gzip level 9)');
		log(
			table(
				['', 'default', '10×', 'change', 'limit'],
				[
					['steps per language', sc.default.stepsPerLanguage, sc.large.stepsPerLanguage, `${stepRatio.toFixed(1)}×`, ''],
					['pages per language', sc.default.pagesPerLanguage, sc.large.pagesPerLanguage, `${(sc.large.pagesPerLanguage / sc.default.pagesPerLanguage).toFixed(1)}×`, ''],
					['built HTML files', sc.default.htmlFiles, sc.large.htmlFiles, `${(sc.large.htmlFiles / sc.default.htmlFiles).toFixed(1)}×`, ''],
					['build time s (check + vite)', seconds(sc.default.buildMs), seconds(sc.large.buildMs), `${buildRatio.toFixed(2)}×`, `≤ ${buildLimit.toFixed(1)}× (${stepRatio.toFixed(1)}× steps × ${BUDGETS.scaleBuildSlack} slack)`],
					['JS per step page KiB (mean)', kib(before.jsGzipMean), kib(after.jsGzipMean), pct(sc.jsGrowthMean), `≤ +${BUDGETS.scaleJsGrowth * 100} %`],
					['JS per step page KiB (max)', kib(before.jsGzipMax), kib(after.jsGzipMax), pct(sc.jsGrowthMax), `≤ +${BUDGETS.scaleJsGrowth * 100} %`],
					['CSS per step page KiB (mean)', kib(before.cssGzipMean), kib(after.cssGzipMean), pct(growth(before.cssGzipMean, after.cssGzipMean)), ''],
					['HTML per step page KiB (mean)', kib(before.htmlGzipMean), kib(after.htmlGzipMean), pct(growth(before.htmlGzipMean, after.htmlGzipMean)), '']
				]
			)
		);
		if (buildRatio > buildLimit) breach('10×', 'build-time', `${buildRatio.toFixed(2)}× default`, '>', `${buildLimit.toFixed(1)}×`);
		if (sc.jsGrowthMean > BUDGETS.scaleJsGrowth) breach('10×', 'JS-per-step-page-mean', pct(sc.jsGrowthMean), '>', `+${BUDGETS.scaleJsGrowth * 100} %`);
		if (sc.jsGrowthMax > BUDGETS.scaleJsGrowth) breach('10×', 'JS-per-step-page-max', pct(sc.jsGrowthMax), '>', `+${BUDGETS.scaleJsGrowth * 100} %`);
	}

	log('');
	log(
		`Budgets: performance ≥ ${BUDGETS.performance}, accessibility = ${BUDGETS.accessibility.toFixed(2)}, best-practices = ${BUDGETS.bestPractices.toFixed(2)}, ` +
			`JS ≤ ${BUDGETS.jsPerPageVsBare}× bare, first-load transfer ≤ ${BUDGETS.firstLoadTransferBytes / KiB} KiB, ` +
			`10×: JS per step page ≤ +${BUDGETS.scaleJsGrowth * 100} %, build time ≤ steps ratio × ${BUDGETS.scaleBuildSlack} (slack).`
	);
	for (const b of breaches) log(`BRUDD: ${b.page} ${b.what} ${b.value} ${b.op} ${b.limit}`);
	log(breaches.length ? `${breaches.length} budsjettbrudd.` : 'Alle budsjetter holdt.');
	exitCode = breaches.length ? 1 : 0;
} catch (error) {
	console.error(`\nBenchmarken stoppet: ${error instanceof Error ? error.message : String(error)}`);
	report.error = error instanceof Error ? error.message : String(error);
	exitCode = 2;
} finally {
	for (const server of servers) server.close();
	report.runtimeMs = Date.now() - started;
	report.exitCode = exitCode;
	mkdirSync(join(REPO, 'reports'), { recursive: true });
	writeFileSync(join(REPO, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
	log(`Resultatene står i reports/bench.json. Tid: ${seconds(report.runtimeMs)} s.`);
	if (KEEP) log(`Arbeidskopien og byggene er beholdt i ${tmp}`);
	else rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
