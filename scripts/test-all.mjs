/**
 * `npm test`: every check in order, stopping at the first failure.
 *   1. content check   2. type check   3. unit + component tests (vitest, incl. spelling)
 *   4. build (prerenders every page)
 *   5. browser smoke tests in Chromium (Playwright + axe): the tests tagged @smoke
 *
 * `npm run test:full` (--full): the same, plus the second municipality's guide, and then every
 * browser test (all pages, nginx, PDF, Fjellvik, the long note, privacy).
 * With CHECKS_ALREADY_RAN=1 (CI, right after `npm test` in the same tree) steps 1–3 are left out.
 *
 * Ends with one line «Tests: N passed, M failed, K skipped».
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const full = process.argv.includes('--full');
const skipChecks = process.env.CHECKS_ALREADY_RAN === '1';
/** playwright.config.ts and ensure-tools.mjs: only the @smoke tests, and what they need. */
const browserEnv = { E2E_SMOKE: full ? '0' : '1' };

const checks = [
	['Innholdskontroll', 'npx', ['tsx', 'scripts/check-content.ts']],
	['Typekontroll', 'npx', ['svelte-kit', 'sync'], { quiet: true }],
	['Typekontroll', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']],
	['Enhets- og komponenttester', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']]
];
const steps = [
	...(skipChecks ? [] : checks),
	['Bygg', 'npx', ['vite', 'build']],
	...(full ? [['Bygg eksempelkommunen (examples/fjellvik)', 'node', ['scripts/build-example.mjs']]] : []),
	['Verktøy for nettlesertestene', 'node', ['scripts/ensure-tools.mjs'], { env: browserEnv }],
	[full ? 'Nettlesertester, alle' : 'Nettlesertester, utvalget merket @smoke (alle: npm run test:full)', 'npx', ['playwright', 'test'], { env: browserEnv }]
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const started = Date.now();
if (skipChecks) console.log('Innholdskontroll, typekontroll og enhetstester er hoppet over (CHECKS_ALREADY_RAN=1).');
let failedStep;
/** Seconds per step (the two type-check commands count as one). */
const timings = new Map();
for (const [label, command, args, options = {}] of steps) {
	if (!options.quiet) console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const stepStarted = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...options.env } });
	timings.set(label, (timings.get(label) ?? 0) + (Date.now() - stepStarted) / 1000);
	if (result.status !== 0) {
		failedStep = label;
		break;
	}
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync('reports/unit.json')) {
	const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
	counts.passed += unit.numPassedTests;
	counts.failed += unit.numFailedTests;
	counts.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (existsSync('reports/e2e.json')) {
	const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
	counts.passed += e2e.stats.expected + e2e.stats.flaky;
	counts.failed += e2e.stats.unexpected;
	counts.skipped += e2e.stats.skipped;
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nTid: ${[...timings].map(([label, s]) => `${label} ${Math.round(s)} s`).join(', ')}.`);
if (failedStep) {
	console.error(`\n✗ Stoppet ved «${failedStep}» etter ${seconds} s.`);
	if (counts.failed === 0) counts.failed = 1;
} else {
	console.log(`\n✓ Alle kontroller bestått på ${seconds} s.`);
}
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
