/** Runs `check:content` on a content folder as the web editor would: exit code and output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

export function runCheckContent(contentDir: string): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: contentDir },
		encoding: 'utf8'
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
