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
 * Everything is built in a temporary copy of the repository (workspace.mjs), so the bench neither
 * reads nor writes build/, .svelte-kit/ or content/ in the working tree that others may be using.
 * The parts: workspace.mjs (the copy and the builds), lighthouse.mjs, answer-step.mjs, scale.mjs
 * (the 10× comparison), budgets.mjs, environment.mjs (source and machine), report-markdown.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CPU_SLOWDOWN, measureAnswerSteps } from './answer-step.mjs';
import { BUDGETS, BUDGET_TEXT, answerStepBreaches, pageBreaches, scaleBreaches } from './budgets.mjs';
import { machine, sourceVersion } from './environment.mjs';
import { seconds } from './format.mjs';
import { lighthouseTable, lighthouseTargets, lostAudits, runLighthouse } from './lighthouse.mjs';
import { launchChromium } from './measure-site.mjs';
import { ANSWER_TRANSITIONS } from './pages.mjs';
import { benchMarkdown } from './report-markdown.mjs';
import { compareScale, scaleTable } from './scale.mjs';
import { originOf, portOf, startGzipServer } from './server.mjs';
import { buildBare, buildGuide, createWorkspace, prepareWorkspace, removeWorkspace, writeLargeGuide } from './workspace.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Bruk: node scripts/bench/bench.mjs [--no-scale] [--scale-only] [--no-warmup] [--keep] [--runs=N] [--answer-runs=N]';

/**
 * `--<name>=N`, a whole number from 1; exits 2 for anything else.
 * @param {string} name
 * @param {number} fallback
 */
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

const PORT_RANGE = /** @type {[number, number]} */ ([4300, 4399]);

const started = Date.now();
const log = (/** @type {string} */ line) => console.log(line);
/** @param {import('./workspace.mjs').GuideBuild} build */
const guideBuildLine = (build) =>
	`  ${seconds(build.totalMs)} s (innholdskontroll ${seconds(build.checkMs)} s + vite build ${seconds(build.viteMs)} s), ${build.htmlFiles} HTML-filer`;

const workspace = createWorkspace();

/**
 * What reports/bench.json holds (report-markdown.mjs turns it into reports/bench.md).
 * @typedef {import('./lighthouse.mjs').PageRun} PageRun
 * @typedef {Awaited<ReturnType<typeof measureAnswerSteps>>[number]} AnswerStep
 * @type {{
 *   date: string,
 *   source: ReturnType<typeof sourceVersion>,
 *   node: string,
 *   machine: import('./environment.mjs').Machine,
 *   options: { scaleOnly: boolean, scale: boolean, warmup: boolean, runs: number, answerRuns: number },
 *   budgets: typeof BUDGETS,
 *   builds: { default?: import('./workspace.mjs').GuideBuild, bare?: import('./workspace.mjs').BareBuild, large?: import('./workspace.mjs').GuideBuild },
 *   pages: PageRun[],
 *   bare: PageRun | null,
 *   answerStepCpuSlowdown: number,
 *   answerStep: AnswerStep[],
 *   answerStepBare: AnswerStep | null,
 *   scale: import('./scale.mjs').ScaleReport | null,
 *   breaches: import('./budgets.mjs').Breach[],
 *   lighthouseVersion?: string,
 *   userAgent?: string,
 *   error?: string,
 *   runtimeMs?: number,
 *   exitCode?: number
 * }}
 */
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
/** @type {import('node:http').Server[]} */
const servers = [];
let exitCode = 0;

try {
	log(`Arbeidskopi: ${workspace.app}`);
	await prepareWorkspace(workspace);

	const out = { default: join(workspace.tmp, 'out-default'), bare: join(workspace.tmp, 'out-bare'), large: join(workspace.tmp, 'out-10x') };

	log('Bygger standardveilederen …');
	const defaultBuild = await buildGuide(workspace, 'build-default', 'content', out.default);
	report.builds.default = defaultBuild;
	log(guideBuildLine(defaultBuild));

	if (!SCALE_ONLY) {
		log('Bygger den tomme SvelteKit-siden (bench/bare) …');
		report.builds.bare = await buildBare(workspace, out.bare);
		log(`  ${seconds(report.builds.bare.totalMs)} s`);
	}

	let largeGuide;
	let largeBuild;
	if (WITH_SCALE) {
		// Written only now, so that its markdown does not slow down the default build above.
		largeGuide = writeLargeGuide(workspace);
		log(`Bygger den syntetiske 10×-veilederen (${largeGuide.stepsPerLanguage} trinn og ${largeGuide.pagesPerLanguage} sider per språk) …`);
		largeBuild = await buildGuide(workspace, 'build-10x', largeGuide.contentDir, out.large);
		report.builds.large = largeBuild;
		log(guideBuildLine(largeBuild));
	}

	if (!SCALE_ONLY) {
		const guideServer = await startGzipServer(out.default, PORT_RANGE[0] + 10, { portRange: PORT_RANGE });
		servers.push(guideServer);
		const bareServer = await startGzipServer(out.bare, portOf(guideServer) + 1, { portRange: PORT_RANGE });
		servers.push(bareServer);
		const guideBase = originOf(guideServer);
		const bareBase = originOf(bareServer);

		// ---- Lighthouse -----------------------------------------------------------------------
		const targets = lighthouseTargets(out.default, guideBase, bareBase);
		log(`Lighthouse (mobil, simulert struping) på ${targets.length} sider, ${RUNS} ganger hver, én om gangen …`);
		const results = await runLighthouse(targets, { runs: RUNS, warmup: WARMUP, log });
		const bare = results.find((r) => r.kind === 'bare');
		if (!bare) throw new Error('ingen Lighthouse-måling av den tomme siden');
		report.bare = bare;
		report.pages = results.filter((r) => r.kind !== 'bare');
		report.lighthouseVersion = bare.lighthouseVersion;
		report.userAgent = bare.userAgent;
		for (const page of report.pages) breaches.push(...pageBreaches(page, bare));

		log('');
		log(`Lighthouse ${bare.lighthouseVersion}, mobil, simulert struping; median av ${RUNS} kjøringer per side. Scores 0–1; KiB = overført (gzip, med svarhoder).`);
		log(lighthouseTable(report.pages, bare));
		const lost = lostAudits(report.pages.concat(bare));
		if (lost.length) log(`\nAudits that cost points:\n${lost.join('\n')}`);

		// ---- answer→step ----------------------------------------------------------------------
		const browser = await launchChromium();
		try {
			report.machine.chromium ??= `Chromium ${browser.version()}`;
			log('');
			log(`answer→step: klikk på et svar til neste trinn er malt, CPU ${CPU_SLOWDOWN}× langsommere, ${ANSWER_RUNS} klikk per overgang; median og hver kjøring (ms):`);
			report.answerStep = await measureAnswerSteps(browser, guideBase, ANSWER_TRANSITIONS, { runs: ANSWER_RUNS, log });
			[report.answerStepBare = null] = await measureAnswerSteps(browser, bareBase, [{ from: '/', answer: 'neste' }], { runs: ANSWER_RUNS, log: (line) => log(`${line}  (tom SvelteKit-side)`) });
		} finally {
			await browser.close();
		}
		breaches.push(...answerStepBreaches(report.answerStep));
	}

	// ---- Scale ------------------------------------------------------------------------------
	if (largeGuide && largeBuild) {
		const sc = compareScale(
			{ outDir: out.default, build: defaultBuild, contentDir: join(workspace.app, 'content') },
			{ outDir: out.large, build: largeBuild, guide: largeGuide }
		);
		report.scale = sc;
		log('');
		log('Scale: default guide vs synthetic 10× guide (JS/CSS/HTML per step page from the built files, gzip level 9)');
		log(scaleTable(sc));
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
	report.machine.loadAverage.end = loadavg()[0] ?? null;
	mkdirSync(join(REPO, 'reports'), { recursive: true });
	writeFileSync(join(REPO, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
	writeFileSync(join(REPO, 'reports', 'bench.md'), benchMarkdown(report));
	log(`Resultatene står i reports/bench.md og reports/bench.json. Tid: ${seconds(report.runtimeMs)} s.`);
	if (KEEP) log(`Arbeidskopien og byggene er beholdt i ${workspace.tmp}`);
	else removeWorkspace(workspace);
}
process.exit(exitCode);
