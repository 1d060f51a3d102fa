/**
 * `npm run check:content` on real folders: the exit code follows each outcome of the mutation
 * table (tests/fixtures/content-mutations.ts; refused → 1, warned or made safe → 0), and a
 * symlink to /etc/passwd is never read. Every mutation's message is tested by
 * content-mutations.test.ts; `npm run check:mutations` runs the whole table through this CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/content/read-dir';
import { MUTATIONS, type ContentMutation, type Files } from '../fixtures/content-mutations';
import { writeFiles } from '../fixtures/content-mutations-edit';
import { runCheckContent } from './helpers/check-content-cli';
import { VALID } from './helpers/content-fixture';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(mutation: ContentMutation): string {
	const dir = mkdtempSync(join(tmpdir(), 'hv-safety-'));
	dirs.push(dir);
	const files: Files = new Map(readContentDir(VALID));
	mutation.apply?.(files);
	writeFiles(files, dir);
	mutation.disk?.(dir, files);
	return dir;
}

const named = (name: string): ContentMutation => {
	const found = MUTATIONS.find((m) => m.name === name);
	if (!found) throw new Error(`no mutation «${name}»`);
	return found;
};

describe('check:content exit codes on hostile folders', { timeout: 30_000 }, () => {
	it('refused: a logo that is a symlink to /etc/passwd exits 1, names the file and never reads it', () => {
		const { status, output } = runCheckContent(folder(named('logo is a symlink to /etc/passwd')));
		expect(status).toBe(1);
		expect(output).toMatch(/✗ logo\.svg: er en snarvei \(symbolsk lenke\)/);
		expect(output).not.toContain('finner ikke filen');
		expect(output).not.toContain('root:');
		expect(output).toContain('Innholdet har 1 feil');
	});

	it('warned: a phone number in a body exits 0 with the warning', () => {
		const { status, output } = runCheckContent(folder(named('8-digit phone number in a body')));
		expect(output).toMatch(/! Advarsel: nb\/sakstype\.md › tekst: teksten ser ut til å ha telefonnummeret «98 76 54 32»/);
		expect(status).toBe(0);
	});

	it('made safe: CRLF everywhere exits 0 with OK', () => {
		const { status, output } = runCheckContent(folder(named('CRLF line endings in every text file')));
		expect(output).toContain('OK (');
		expect(status).toBe(0);
	});
});
