/** `npm run check:content` as the web editor runs it: exit code and what it prints. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCheckContent } from './helpers/check-content-cli';

const dirs: string[] = [];

const run = runCheckContent;

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('check:content', { timeout: 30_000 }, () => {
	it('passes the default content, warning about the example values', () => {
		const { status, output } = run('content');
		expect(status).toBe(0);
		expect(output).toContain('OK (72 sider');
		expect(output).toContain('Advarsel: kommune.yaml › contacts.0.number: telefonnummeret til «barnevernstjenesten» er et eksempel');
	});

	it('fails with every problem listed and no stack trace', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hv-cli-'));
		dirs.push(dir);
		cpSync(join(ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
		const step = join(dir, 'nb/niva-a/trinn-1.md');
		writeFileSync(step, readFileSync(step, 'utf8').replace('next: niva-a-trinn-2', 'next: borte').replace('step: 1', 'step: første'));
		writeFileSync(join(dir, 'kommune.yaml'), readFileSync(join(dir, 'kommune.yaml'), 'utf8').replace('levels:', 'levels:\n  oops: [\n'));
		const { status, output } = run(dir);
		expect(status).toBe(1);
		expect(output).toContain('Innholdskontroll av');
		expect(output).toMatch(/kommune\.yaml: YAML-feil på linje \d+/);
		expect(output).toContain('nb/niva-a/trinn-1.md › step:');
		expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
	});
});
