/**
 * `npm run check:content` on real folders for what only a disk can hold (symlinks, bytes that
 * are not UTF-8, oversized files), and the exit code the web editor and the build see.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCheckContent } from './helpers/check-content-cli';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function fixture(change: (dir: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'hv-safety-'));
	dirs.push(dir);
	cpSync(join(ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
	change(dir);
	return dir;
}

function withLogo(dir: string): void {
	const file = join(dir, 'kommune.yaml');
	writeFileSync(file, readFileSync(file, 'utf8').replace('archiveSystem: Arkivo', 'archiveSystem: Arkivo\nlogo:\n  file: logo.svg\n  alt: Testvik kommune'));
}

describe('check:content on hostile files', { timeout: 30_000 }, () => {
	it('refuses a logo that is a symlink (to /etc/passwd), without following it or calling it missing', () => {
		const dir = fixture((d) => {
			withLogo(d);
			symlinkSync('/etc/passwd', join(d, 'logo.svg'));
		});
		const { status, output } = runCheckContent(dir);
		expect(status).toBe(1);
		expect(output).toContain(
			'✗ logo.svg: er en snarvei (symbolsk lenke) eller en spesialfil, ikke en vanlig fil. Kopier selve fila inn i innholdsmappen i stedet'
		);
		expect(output).not.toContain('finner ikke filen');
		expect(output).not.toContain('root:');
		expect(output).toContain('Innholdet har 1 feil');
	});

	it('refuses a page that is a symlink, with no knock-on «lag …» line', () => {
		const dir = fixture((d) => {
			rmSync(join(d, 'nb/ordliste.md'));
			symlinkSync(join(d, 'nn/ordliste.md'), join(d, 'nb/ordliste.md'));
		});
		const { status, output } = runCheckContent(dir);
		expect(status).toBe(1);
		expect(output).toContain('✗ nb/ordliste.md: er en snarvei (symbolsk lenke)');
		expect(output).toContain('Innholdet har 1 feil');
	});

	it('refuses a <script> in a body with file and line, and exits 1', () => {
		const dir = fixture((d) => writeFileSync(join(d, 'nb/slutt.md'), `${readFileSync(join(d, 'nb/slutt.md'), 'utf8')}\n<script>require('fs')</script>\n`));
		const { status, output } = runCheckContent(dir);
		expect(status).toBe(1);
		expect(output).toContain('✗ nb/slutt.md › tekst: linje 10: HTML (<script>) kan ikke brukes i teksten; skriv vanlig markdown i stedet');
	});

	it('refuses a Windows-1252 file, saying how to save it', () => {
		const dir = fixture((d) => {
			const text = readFileSync(join(d, 'nb/slutt.md'), 'utf8').replace('Avsluttet', 'Avsluttet på sjøen');
			writeFileSync(join(d, 'nb/slutt.md'), Buffer.from(text, 'latin1'));
		});
		const { status, output } = runCheckContent(dir);
		expect(status).toBe(1);
		expect(output).toContain('✗ nb/slutt.md: filen er ikke lagret som UTF-8, så æ, ø og å ville blitt feil.');
		expect(output).toContain('Innholdet har 1 feil');
	});

	it('refuses a file over 1 MB unread, naming the limit', () => {
		const dir = fixture((d) => writeFileSync(join(d, 'nb/slutt.md'), `${readFileSync(join(d, 'nb/slutt.md'), 'utf8')}${'x'.repeat(1_100_000)}`));
		const { status, output } = runCheckContent(dir);
		expect(status).toBe(1);
		expect(output).toMatch(/✗ nb\/slutt\.md: fila er 10\d\d KB; ingen fil i innholdsmappen kan være over 1024 KB/);
		// Other pages lead to this one: its id is still read from its first bytes, so no «finnes ikke».
		expect(output).toContain('Innholdet har 1 feil');
	});

	it('accepts CRLF, a BOM and curly braces: exit 0', () => {
		const dir = fixture((d) => {
			const file = join(d, 'nb/slutt.md');
			writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace('Arkiver i', 'Arkiver {straks} i').replace(/\n/g, '\r\n')}`);
		});
		const { status, output } = runCheckContent(dir);
		expect(output).toContain('OK (');
		expect(status).toBe(0);
	});
});
