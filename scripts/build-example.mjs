/**
 * Builds the second municipality's guide (examples/fjellvik) into build-fjellvik/, the way a
 * municipality builds its own: the same code, another content folder (CONTENT_DIR).
 */
import { spawnSync } from 'node:child_process';

export const EXAMPLE = { content: 'examples/fjellvik', out: 'build-fjellvik' };

const env = { ...process.env, CONTENT_DIR: EXAMPLE.content, BUILD_DIR: EXAMPLE.out };
for (const args of [['tsx', 'scripts/check-content.ts'], ['vite', 'build']]) {
	const result = spawnSync('npx', args, { stdio: 'inherit', env });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
