/**
 * The house rule from issue 14: no source file over 300 lines, so each module keeps one job a
 * newcomer can read in one sitting. A file that grows past it is split by what it does (as
 * outputs/note.ts into note-model.ts and note-text.ts), not trimmed by squeezing lines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(ts|svelte|js|mjs)$/.test(entry.name) ? [full] : [];
	});
}

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

describe('source files', () => {
	it(`are at most ${MAX_LINES} lines each, in src/ and scripts/`, () => {
		const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))];
		expect(files.length).toBeGreaterThan(100);
		const tooLong = files.filter((file) => lineCount(file) > MAX_LINES).map((file) => `${relative(ROOT, file)}: ${lineCount(file)} lines`);
		expect(tooLong).toEqual([]);
	});
});
