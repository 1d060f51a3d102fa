/**
 * The temporary working copy `npm run bench` builds in, and the builds it makes there: the guide
 * (the default one and the synthetic 10× one) and the bare SvelteKit site (bench/bare).
 *
 * The copy lives under the OS temp folder, with node_modules linked, so the bench neither reads
 * nor writes build/, .svelte-kit/ or content/ in the working tree that others may be using. Each
 * command's output goes to a log file in the copy's logs/ folder; a failed command's error ends
 * with the log's tail.
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLargeGuide } from './generate-large-guide.mjs';
import { htmlFiles } from './weights.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Files and folders of the repository that a build does not need (or that others are using). */
const SKIP = new Set(['node_modules', '.git', '.svelte-kit', 'build', 'test-results', 'reports', 'playwright-report', 'bench-results', '.tmp']);

/**
 * `tmp` the temporary folder, `app` the copy of the repository in it, `logs` the command output.
 * @typedef {{ tmp: string, app: string, logs: string }} Workspace
 * @typedef {{ checkMs: number, viteMs: number, totalMs: number, htmlFiles: number }} GuideBuild
 * @typedef {{ totalMs: number, htmlFiles: number }} BareBuild
 * @typedef {ReturnType<typeof generateLargeGuide> & { contentDir: string }} LargeGuide
 */

/**
 * Creates the temporary folder (nothing is copied yet).
 * @returns {Workspace}
 */
export function createWorkspace() {
	const tmp = mkdtempSync(join(tmpdir(), 'hv-bench-'));
	const logs = join(tmp, 'logs');
	mkdirSync(logs);
	return { tmp, app: join(tmp, 'app'), logs };
}

/** @param {Workspace} workspace */
export function removeWorkspace(workspace) {
	rmSync(workspace.tmp, { recursive: true, force: true });
}

/**
 * Copies the repository into the workspace (without build output, .git and node_modules, which
 * is linked instead) and runs `svelte-kit sync` there.
 * @param {Workspace} workspace
 */
export async function prepareWorkspace(workspace) {
	const { app } = workspace;
	cpSync(REPO, app, {
		recursive: true,
		filter: (source) => {
			const parts = relative(REPO, source).split(sep);
			if (parts[0] === '') return true;
			if (parts.length === 1 && (SKIP.has(parts[0] ?? '') || parts[0]?.startsWith('build-'))) return false;
			// Nested build folders (e.g. bench/bare/.svelte-kit) are never part of the source.
			return !parts.some((p) => p === 'node_modules' || p === '.svelte-kit');
		}
	});
	symlinkSync(join(REPO, 'node_modules'), join(app, 'node_modules'), 'dir');
	await run(workspace, 'sync', 'svelte-kit', ['sync']);
}

/**
 * Runs one of the copy's node_modules/.bin tools (without BASE_PATH, so every site is built for
 * the root), its output appended to logs/<logName>.log; throws with the log's tail on failure.
 * @param {Workspace} workspace
 * @param {string} logName
 * @param {string} tool e.g. 'vite'
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string> }} [options] cwd defaults to the copy
 * @returns {Promise<void>}
 */
function run({ app, logs }, logName, tool, args, { cwd = app, env = {} } = {}) {
	const command = join(app, 'node_modules', '.bin', tool);
	const logFile = join(logs, `${logName}.log`);
	const fd = openSync(logFile, 'a');
	const childEnv = { ...process.env, ...env };
	delete childEnv.BASE_PATH;
	return new Promise((done, fail) => {
		const child = spawn(command, args, { cwd, env: childEnv, stdio: ['ignore', fd, fd] });
		child.on('error', (error) => {
			closeSync(fd);
			fail(error);
		});
		child.on('close', (code) => {
			closeSync(fd);
			if (code === 0) return done();
			const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
			fail(new Error(`«${[relative(app, command) || command, ...args].join(' ')}» feilet (kode ${code}). Slutten av ${logFile}:\n${tail}`));
		});
	});
}

/**
 * Wall-clock milliseconds of `fn`.
 * @param {() => Promise<unknown>} fn
 */
async function timed(fn) {
	const t = Date.now();
	await fn();
	return Date.now() - t;
}

/**
 * `npm run build` for a content folder of the copy: the content check, then vite build.
 * @param {Workspace} workspace
 * @param {string} logName
 * @param {string} contentDir relative to the copy, e.g. 'content'
 * @param {string} outDir
 * @returns {Promise<GuideBuild>}
 */
export async function buildGuide(workspace, logName, contentDir, outDir) {
	const env = { CONTENT_DIR: contentDir, BUILD_DIR: outDir };
	const checkMs = await timed(() => run(workspace, logName, 'tsx', ['scripts/check-content.ts'], { env }));
	const viteMs = await timed(() => run(workspace, logName, 'vite', ['build'], { env }));
	return { checkMs, viteMs, totalMs: checkMs + viteMs, htmlFiles: htmlFiles(outDir).length };
}

/**
 * The bare SvelteKit site (bench/bare in the copy); the time is that of vite build.
 * @param {Workspace} workspace
 * @param {string} outDir
 * @returns {Promise<BareBuild>}
 */
export async function buildBare(workspace, outDir) {
	const cwd = join(workspace.app, 'bench', 'bare');
	const env = { BUILD_DIR: outDir };
	await run(workspace, 'build-bare', 'svelte-kit', ['sync'], { cwd, env });
	const totalMs = await timed(() => run(workspace, 'build-bare', 'vite', ['build'], { cwd, env }));
	return { totalMs, htmlFiles: htmlFiles(outDir).length };
}

/**
 * Writes the synthetic 10× guide (generate-large-guide.mjs) from the copy's content/ to its
 * examples/bench-10x: the app only compiles markdown under content/ and examples/, so the 10×
 * guide must live inside the copy. Write it after the default guide is built: every build
 * compiles the markdown of examples/, so it would slow that build down.
 * @param {Workspace} workspace
 * @returns {LargeGuide} with `contentDir` relative to the copy, for buildGuide
 */
export function writeLargeGuide({ app }) {
	const contentDir = join(app, 'examples', 'bench-10x');
	return { ...generateLargeGuide(contentDir, { from: join(app, 'content') }), contentDir: relative(app, contentDir) };
}
