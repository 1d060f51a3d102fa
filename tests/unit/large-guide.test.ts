/**
 * The 10× guide `npm run bench` builds (scripts/bench/generate-large-guide.mjs) must stay valid
 * content as the schema grows: when it did not (answers without `conclusion`), the bench's scale
 * part stopped at the content check, and only CI's bench run showed it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';

const GENERATOR = join(import.meta.dirname, '../../scripts/bench/generate-large-guide.mjs');
const dir = mkdtempSync(join(tmpdir(), 'hv-10x-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the generated 10× guide', () => {
	it('passes the content check, with every generated answer worded for the record', () => {
		const out = join(dir, 'content');
		// As the bench runs it (a script, untyped JavaScript), with 4 extra levels instead of 36.
		execFileSync(process.execPath, [GENERATOR, out, '--levels', '4'], { stdio: 'pipe' });
		const { content, problems } = loadContent(out);
		expect(problems.map((p) => `${p.file} › ${p.field ?? ''}: ${p.message}`)).toEqual([]);
		const generated = content?.pages.nn.filter((p) => p.frontmatter.id.startsWith('niva-x')) ?? [];
		expect(generated.length).toBeGreaterThan(16);
		for (const page of generated) {
			const fm = page.frontmatter;
			if (fm.kind === 'step') for (const answer of fm.question.answers) expect(answer.conclusion, `${page.file} › ${answer.id}`).toMatch(/\.$/);
		}
	});
});
