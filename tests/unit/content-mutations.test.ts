/**
 * Issue 18: every mutation in tests/fixtures/content-mutations.ts, through the loader on a copy
 * of tests/fixtures/valid. In memory (parseContent) when the change is text; on a temporary
 * folder (loadContent) when only a disk can hold it (a symlink, a file too large to read).
 * `npm run check:mutations` runs the same list through the CLI on a copy of content/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseContent } from '../../src/lib/content/parse';
import { loadContent, readContentDir } from '../../src/lib/content/read-dir';
import { renderMarkdown } from '../../src/lib/content/markdown';
import { formatProblem } from '../../src/lib/content/problems';
import type { LoadResult } from '../../src/lib/content/guide-content';
import { htmlFiller } from '../../src/lib/pages/content-query';
import { MUTATIONS, type ContentMutation, type Files } from '../fixtures/content-mutations';
import { writeFiles } from '../fixtures/content-mutations-edit';
import { VALID } from './helpers/content-fixture';

const FIXTURE: Files = new Map(readContentDir(VALID));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function load(mutation: ContentMutation): LoadResult {
	const files: Files = new Map(FIXTURE);
	mutation.apply?.(files);
	if (!mutation.disk) return parseContent(files);
	const dir = mkdtempSync(join(tmpdir(), 'hv-mutation-'));
	dirs.push(dir);
	writeFiles(files, dir);
	mutation.disk(dir, files);
	return loadContent(dir);
}

describe('content mutations (issue 18): refused with the file named, warned, or made safe', { timeout: 60_000 }, () => {
	it('the fixture itself loads without problems or warnings', () => {
		const result = parseContent(FIXTURE);
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual([]);
	});

	it.each(MUTATIONS.map((m) => [m.name, m] as const))('%s', (_name, mutation) => {
		const result = load(mutation);
		const problems = result.problems.map(formatProblem);
		const warnings = result.warnings.map(formatProblem);
		const { outcome } = mutation;
		if (outcome.kind === 'refused') {
			expect(result.content).toBeUndefined();
			expect(problems.some((p) => outcome.message.test(p)), problems.join('\n')).toBe(true);
			if (outcome.also) expect(problems.some((p) => outcome.also?.test(p)), problems.join('\n')).toBe(true);
			if (outcome.maxProblems !== undefined) expect(problems.length, problems.join('\n')).toBeLessThanOrEqual(outcome.maxProblems);
			return;
		}
		expect(problems).toEqual([]);
		if (outcome.kind === 'warned') {
			expect(warnings.some((w) => outcome.message.test(w)), warnings.join('\n')).toBe(true);
			return;
		}
		expect(warnings).toEqual([]);
		const content = result.content;
		if (!content) throw new Error('content expected');
		if (!outcome.html) return;
		const { file, has, hasNot } = outcome.html;
		const page = content.pages.nb.find((p) => p.file === file);
		if (!page) throw new Error(`${file} not loaded`);
		const html = htmlFiller(content, 'nb')(renderMarkdown(page.body));
		if (has) expect(html).toMatch(has);
		expect(html).not.toMatch(hasNot);
	});
});
