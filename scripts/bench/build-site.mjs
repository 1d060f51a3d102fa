/**
 * Builds the site from this folder into `out` (BUILD_DIR), for the bench scripts that measure a
 * build of the working tree (js-sources.mjs, long-tasks.mjs, answer-step.mjs without --dir, through
 * measure-site.mjs).
 * Uses this folder's .svelte-kit, so do not run them while another build or the browser tests run.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @param {string} out
 * @param {string[]} [viteArgs] extra arguments for `vite build`, e.g. ['--sourcemap']
 */
export function buildSite(out, viteArgs = []) {
	try {
		execFileSync(join(REPO, 'node_modules/.bin/vite'), ['build', ...viteArgs], {
			cwd: REPO,
			env: { ...process.env, BUILD_DIR: out },
			stdio: 'pipe'
		});
	} catch (error) {
		// Only a failed build's output is worth reading (a good one warns about every markdown file).
		const failed = /** @type {{ stdout?: Buffer, stderr?: Buffer }} */ (error);
		process.stderr.write(failed.stdout ?? '');
		process.stderr.write(failed.stderr ?? '');
		throw new Error('Byggingen feilet');
	}
}
