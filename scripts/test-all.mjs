/**
 * `npm test`: every check in order, stopping at the first failure.
 *   1. content check   2. type check   3. unit + component tests (vitest, incl. spelling)
 *   4. build (prerenders every page), and the second municipality's guide
 *   5. browser tests in Chromium (Playwright + axe)
 * Ends with one line «Tests: N passed, M failed».
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
	['Innholdskontroll', 'npx', ['tsx', 'scripts/check-content.ts']],
	['Typekontroll', 'npx', ['svelte-kit', 'sync'], true],
	['Typekontroll', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']],
	['Enhets- og komponenttester', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']],
	['Bygg', 'npx', ['vite', 'build']],
	['Bygg eksempelkommunen (examples/fjellvik)', 'node', ['scripts/build-example.mjs']],
	['Verktøy for nettlesertestene', 'node', ['scripts/ensure-tools.mjs']],
	['Nettlesertester', 'npx', ['playwright', 'test']]
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const started = Date.now();
let failedStep;
for (const [label, command, args, quiet] of steps) {
	if (!quiet) console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
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
if (failedStep) {
	console.error(`\n✗ Stoppet ved «${failedStep}» etter ${seconds} s.`);
	if (counts.failed === 0) counts.failed = 1;
} else {
	console.log(`\n✓ Alle kontroller bestått på ${seconds} s.`);
}
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
