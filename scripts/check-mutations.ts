/**
 * `npm run check:mutations [-- --base=content]`: every mutation of issue 18
 * (tests/fixtures/content-mutations.ts) on a temporary copy of the content folder, through the
 * real `check:content` (CONTENT_DIR=copy). Prints a Markdown table: the mutation, what it should
 * give, the first line the check adds to the unchanged folder's output, and the exit code.
 * Exits 1 when a mutation's exit code or message is not what the table says.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { readContentDir } from '../src/lib/content/read-dir.ts';
import { MUTATIONS, type ContentMutation, type Files } from '../tests/fixtures/content-mutations.ts';
import { writeFiles } from '../tests/fixtures/content-mutations-edit.ts';

const ROOT = resolve(import.meta.dirname, '..');
const base = resolve(process.argv.find((a) => a.startsWith('--base='))?.slice('--base='.length) ?? join(ROOT, 'content'));
const original: Files = new Map(readContentDir(base));

interface Run {
	status: number | null;
	lines: string[];
}

/** check:content on a copy of the base folder with `mutation` applied. */
function run(mutation?: ContentMutation): Run {
	const dir = mkdtempSync(join(tmpdir(), 'hv-mutation-'));
	try {
		const files: Files = new Map(original);
		mutation?.apply?.(files);
		writeFiles(files, dir);
		mutation?.disk?.(dir, files);
		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/check-content.ts')], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: dir, RELEASE: '' },
			encoding: 'utf8'
		});
		const shown = relative(ROOT, dir);
		const lines = `${result.stdout}${result.stderr}`.split('\n').map((l) => l.trim().replaceAll(shown, '<kopi>').replaceAll(dir, '<kopi>'));
		return { status: result.status, lines };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const message = (line: string) => /^[✗!] /.test(line);
const baseline = run();
const known = new Set(baseline.lines.filter(message));
if (baseline.status !== 0) {
	console.error(`The unchanged folder ${base} does not pass check:content:\n${baseline.lines.join('\n')}`);
	process.exit(1);
}

const cell = (text: string) => text.replaceAll('|', '\\|');
const rows: string[] = [];
const wrong: string[] = [];
for (const mutation of MUTATIONS) {
	const { status, lines } = run(mutation);
	const added = lines.filter((l) => message(l) && !known.has(l));
	const first = added[0] ?? lines.find((l) => l.includes('OK (')) ?? lines.find((l) => l !== '') ?? '';
	const { outcome } = mutation;
	const text = (l: string) => l.replace(/^✗ /, '').replace(/^! Advarsel: /, '');
	const expected = outcome.kind === 'refused' ? 1 : 0;
	const matches = outcome.kind === 'safe' ? added.length === 0 : added.some((l) => outcome.message.test(text(l)));
	if (status !== expected || !matches) wrong.push(`${mutation.name}: exit ${String(status)}, ${first}`);
	const shown = { refused: 'refused', warned: 'warned', safe: 'made safe' }[outcome.kind];
	rows.push(`| ${cell(mutation.name)} | ${shown} | «${cell(first)}» | ${String(status)} |`);
}

console.log(`Mutations of ${base.startsWith(ROOT) ? base.slice(ROOT.length + 1) || '.' : base} through check:content:\n`);
console.log('| Mutation | Outcome | First message line (quoted) | Exit code |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
if (wrong.length > 0) {
	console.error(`\n${wrong.length.toString()} not as the table says:\n${wrong.join('\n')}`);
	process.exit(1);
}
