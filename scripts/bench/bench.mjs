/**
 * `npm run bench`: builds the guide, a bare SvelteKit site (bench/bare) and a synthetic guide ten
 * times the default size; runs Lighthouse (mobile, simulated throttling, Debian Chromium) on
 * twelve guide pages (six per language) and the bare page; measures answer→step (the click on an
 * answer to the next step painted, 4× CPU; answer-step.mjs) on the guide and on the bare site;
 * prints the results side by side with the bare page, checks the budgets (budgets.mjs) and writes
 * reports/bench.json and reports/bench.md. Exits 1 when a budget is broken, 2 when the bench
 * itself failed.
 *
 *   node scripts/bench/bench.mjs [--no-scale] [--scale-only] [--no-warmup] [--keep] [--runs=N] [--answer-runs=N]
 *
 *   --no-scale       skip the 10× guide
 *   --scale-only     only the build-time and JS-per-step comparison (no Lighthouse, no answer→step)
 *   --no-warmup      skip the discarded first Lighthouse run
 *   --keep           keep the temporary working copy and builds (the path is printed)
 *   --runs=N         Lighthouse runs per page (default 3); scores, LCP and TBT are the median of
 *                    the runs (one run's score moves with whatever else the machine is doing)
 *   --answer-runs=N  clicks per answer→step transition (default 5), each in a fresh context
 *
 * Everything is built in a temporary copy of the repository (under the OS temp folder, with
 * node_modules linked), so the bench neither reads nor writes build/, .svelte-kit/ or content/
 * in the working tree that others may be using.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, type } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../browser.mjs';
import { CPU_SLOWDOWN, measureAnswerSteps } from './answer-step.mjs';
import { median } from './answer-step-stats.mjs';
import { BUDGETS, BUDGET_TEXT, KiB, answerStepBreaches, pageBreaches, scaleBreaches } from './budgets.mjs';
import { countPages, generateLargeGuide } from './generate-large-guide.mjs';
import { ANSWER_TRANSITIONS, GUIDE_PAGES } from './pages.mjs';
import { benchMarkdown } from './report-markdown.mjs';
import { startGzipServer } from './server.mjs';
import { STEP_PAGE, htmlFiles, pageWeights } from './weights.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Bruk: node scripts/bench/bench.mjs [--no-scale] [--scale-only] [--no-warmup] [--keep] [--runs=N] [--answer-runs=N]';
const numberOption = (name, fallback) => {
	const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
	const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
	if (!Number.isInteger(value) || value < 1) {
		console.error(`--${name} må være et helt tall fra 1 og opp, ikke «${arg}».`);
		process.exit(2);
	}
	return value;
};
const RUNS = numberOption('runs', 3);
const ANSWER_RUNS = numberOption('answer-runs', 5);
const args = new Set(process.argv.slice(2).filter((a) => !/^--(runs|answer-runs)=/.test(a)));
const SCALE_ONLY = args.has('--scale-only');
const WITH_SCALE = !args.has('--no-scale');
const WARMUP = !args.has('--no-warmup');
const KEEP = args.has('--keep');
for (const arg of args) {
	if (!['--no-scale', '--scale-only', '--no-warmup', '--keep'].includes(arg)) {
		console.error(`Ukjent valg «${arg}». ${USAGE}`);
		process.exit(2);
	}
}
if (SCALE_ONLY && !WITH_SCALE) {
	console.error('--scale-only og --no-scale kan ikke brukes sammen.');
	process.exit(2);
}

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

/** One Lighthouse run: scores, metrics, what was transferred, the audits that cost points. */
function summarize(lhr) {
	const audit = (id) => lhr.audits[id];
	const requests = audit('network-requests')?.details?.items ?? [];
	// Every script the page loaded before Lighthouse saw the network quiet (start-up, imports).
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
 */
function combineRuns(runs) {
	const summaries = runs.map(summarize);
	const byPerformance = [...summaries].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
	const middle = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
	const medianOf = (pick) => {
		const values = summaries.map(pick).filter((v) => v !== null && v !== undefined);
		return values.length ? median(values) : null;
	};
	return {
		...middle,
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, medianOf((r) => r.scores[c])])),
		metrics: Object.fromEntries(Object.keys(middle.metrics).map((k) => [k, medianOf((r) => r.metrics[k])])),
		runtimeError: summaries.find((r) => r.runtimeError)?.runtimeError ?? null,
		performanceRuns: summaries.map((r) => r.scores.performance),
		tbtRuns: summaries.map((r) => r.metrics.tbtMs)
	};
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
			const combined = combineRuns(runs);
			results.push({ ...target, ...combined, lighthouseVersion: runs[0].lighthouseVersion, userAgent: runs[0].environment?.hostUserAgent });
			log(`  ${target.page.padEnd(24)} ${seconds(Date.now() - t)} s  (ytelse per kjøring: ${combined.performanceRuns.join(', ')}; TBT ms: ${combined.tbtRuns.map((ms) => Math.round(ms ?? NaN)).join(', ')})`);
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

/** The machine the numbers come from. */
function machine() {
	const cpuList = cpus();
	let os = `${type()} ${release()}`;
	try {
		os = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1] ?? os;
	} catch {
		// not Linux, or no os-release
	}
	let chromium = null;
	try {
		const path = findChromium();
		if (path) chromium = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on .*/, '');
	} catch {
		// printed as unknown
	}
	return { cores: cpuList.length, cpuModel: cpuList[0]?.model?.trim() ?? null, os, chromium, loadAverage: { start: loadavg()[0], end: null } };
}

const report = {
	date: new Date().toISOString(),
	source: sourceVersion(),
	node: process.version,
	machine: machine(),
	options: { scaleOnly: SCALE_ONLY, scale: WITH_SCALE, warmup: WARMUP, runs: RUNS, answerRuns: ANSWER_RUNS },
	budgets: BUDGETS,
	builds: {},
	pages: [],
	bare: null,
	answerStepCpuSlowdown: CPU_SLOWDOWN,
	answerStep: [],
	answerStepBare: null,
	scale: null,
	breaches: []
};
const breaches = report.breaches;
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

	if (!SCALE_ONLY) {
		const guideServer = await startGzipServer(out.default, PORT_RANGE[0] + 10, { portRange: PORT_RANGE });
		servers.push(guideServer);
		const bareServer = await startGzipServer(out.bare, guideServer.address().port + 1, { portRange: PORT_RANGE });
		servers.push(bareServer);
		const guideBase = `http://127.0.0.1:${guideServer.address().port}`;
		const bareBase = `http://127.0.0.1:${bareServer.address().port}`;

		// ---- Lighthouse -----------------------------------------------------------------------
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
		report.lighthouseVersion = bare.lighthouseVersion;
		report.userAgent = bare.userAgent;
		for (const page of report.pages) breaches.push(...pageBreaches(page, bare));

		log('');
		log(`Lighthouse ${bare.lighthouseVersion}, mobil, simulert struping; median av ${RUNS} kjøringer per side. Scores 0–1; KiB = overført (gzip, med svarhoder).`);
		const headers = ['page', 'perf', 'a11y', 'best-pr', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'transfer KiB', 'JS KiB', 'JS files', 'JS − bare KiB'];
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
			r.transfer.jsRequests,
			`${r.transfer.jsBytes >= bare.transfer.jsBytes ? '+' : '-'}${kib(Math.abs(r.transfer.jsBytes - bare.transfer.jsBytes))}`
		];
		log(table(headers, [...report.pages.map(row), row({ ...bare, page: 'bare SvelteKit page' })]));

		const lost = report.pages.concat(bare).flatMap((r) =>
			['accessibility', 'best-practices', 'seo'].flatMap((c) => r.failing[c].map((a) => `  ${r.page} ${c}: ${a.id} (${a.title})`))
		);
		if (lost.length) log(`\nAudits that cost points:\n${lost.join('\n')}`);

		// ---- answer→step ----------------------------------------------------------------------
		const { chromium } = await import('@playwright/test');
		const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
		try {
			report.machine.chromium ??= `Chromium ${browser.version()}`;
			log('');
			log(`answer→step: klikk på et svar til neste trinn er malt, CPU ${CPU_SLOWDOWN}× langsommere, ${ANSWER_RUNS} klikk per overgang; median og hver kjøring (ms):`);
			report.answerStep = await measureAnswerSteps(browser, guideBase, ANSWER_TRANSITIONS, { runs: ANSWER_RUNS, log });
			[report.answerStepBare] = await measureAnswerSteps(browser, bareBase, [{ from: '/', answer: 'neste' }], { runs: ANSWER_RUNS, log: (line) => log(`${line}  (tom SvelteKit-side)`) });
		} finally {
			await browser.close();
		}
		breaches.push(...answerStepBreaches(report.answerStep));
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
		const growth = (a, b) => (b - a) / a;
		report.scale = {
			default: { stepsPerLanguage: defaultSteps, pagesPerLanguage: countPages(join(app, 'content', 'nb')), buildMs: report.builds.default.totalMs, htmlFiles: report.builds.default.htmlFiles, ...before },
			large: { stepsPerLanguage: large.stepsPerLanguage, pagesPerLanguage: large.pagesPerLanguage, buildMs: report.builds.large.totalMs, htmlFiles: report.builds.large.htmlFiles, ...after },
			stepRatio,
			buildRatio,
			buildRatioLimit: BUDGETS.scaleBuildRatio,
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
					['build time s (check + vite)', seconds(sc.default.buildMs), seconds(sc.large.buildMs), `${buildRatio.toFixed(2)}×`, `≤ ${BUDGETS.scaleBuildRatio}×`],
					['JS per step page KiB (mean)', kib(before.jsGzipMean), kib(after.jsGzipMean), pct(sc.jsGrowthMean), `≤ +${BUDGETS.scaleJsGrowth * 100} %`],
					['JS per step page KiB (max)', kib(before.jsGzipMax), kib(after.jsGzipMax), pct(sc.jsGrowthMax), `≤ +${BUDGETS.scaleJsGrowth * 100} %`],
					['CSS per step page KiB (mean)', kib(before.cssGzipMean), kib(after.cssGzipMean), pct(growth(before.cssGzipMean, after.cssGzipMean)), ''],
					['HTML per step page KiB (mean)', kib(before.htmlGzipMean), kib(after.htmlGzipMean), pct(growth(before.htmlGzipMean, after.htmlGzipMean)), '']
				]
			)
		);
		breaches.push(...scaleBreaches(sc));
	}

	log('');
	log(`Budsjetter: ${Object.values(BUDGET_TEXT).join('; ')}.`);
	for (const b of breaches) log(`BRUDD: ${b.page} ${b.value} ${b.op} ${b.limit}`);
	log(breaches.length ? `${breaches.length} budsjettbrudd.` : 'Alle målte budsjetter holdt.');
	exitCode = breaches.length ? 1 : 0;
} catch (error) {
	console.error(`\nBenchmarken stoppet: ${error instanceof Error ? error.message : String(error)}`);
	report.error = error instanceof Error ? error.message : String(error);
	exitCode = 2;
} finally {
	for (const server of servers) server.close();
	report.runtimeMs = Date.now() - started;
	report.exitCode = exitCode;
	report.machine.loadAverage.end = loadavg()[0];
	mkdirSync(join(REPO, 'reports'), { recursive: true });
	writeFileSync(join(REPO, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
	writeFileSync(join(REPO, 'reports', 'bench.md'), benchMarkdown(report));
	log(`Resultatene står i reports/bench.md og reports/bench.json. Tid: ${seconds(report.runtimeMs)} s.`);
	if (KEEP) log(`Arbeidskopien og byggene er beholdt i ${tmp}`);
	else rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
