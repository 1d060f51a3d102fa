/** Copies of the valid content fixture (tests/fixtures/valid) with deliberate faults, for the loader's tests. */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { loadContent } from '../../../src/lib/content/read-dir';
import { formatProblem } from '../../../src/lib/content/problems';

export const VALID = join(import.meta.dirname, '../../fixtures/valid');
const temporaryDirs: string[] = [];

afterEach(() => {
	for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export class Editor {
	constructor(private readonly dir: string) {}
	replace(file: string, from: string, to: string, languages: ('nb' | 'nn')[] = ['nb', 'nn']) {
		for (const target of file.includes('{lang}') ? languages.map((l) => file.replace('{lang}', l)) : [file]) {
			const path = join(this.dir, target);
			const before = readFileSync(path, 'utf8');
			if (!before.includes(from)) throw new Error(`fixture ${target} does not contain «${from}»`);
			writeFileSync(path, before.replace(from, to));
		}
	}
	write(file: string, text: string) {
		writeFileSync(join(this.dir, file), text);
	}
	remove(file: string) {
		unlinkSync(join(this.dir, file));
	}
}

/** A copy of the valid fixture with one deliberate fault, made by `breakIt`; removed after the test. */
export function brokenFixture(breakIt: (edit: Editor) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'hv-content-'));
	temporaryDirs.push(dir);
	cpSync(VALID, dir, { recursive: true });
	breakIt(new Editor(dir));
	return dir;
}

/** The problems of a content folder that must not load, as check:content prints them. */
export function problemsOf(dir: string): string[] {
	const result = loadContent(dir);
	expect(result.content).toBeUndefined();
	return result.problems.map(formatProblem);
}
