/**
 * Content that can't hurt (issue 18), beyond the one-per-kind mutations in
 * tests/fixtures/content-mutations.ts (run by content-mutations.test.ts): the exact HTML the
 * renderer writes, what is accepted on purpose, line numbers, phone-number false positives and
 * the fold of knock-on «kan ikke nås» lines.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/lib/content/parse';
import { readContentDir } from '../../src/lib/content/read-dir';
import { renderMarkdown } from '../../src/lib/content/markdown';
import { formatProblem } from '../../src/lib/content/problems';
import { htmlFiller } from '../../src/lib/pages/content-query';
import { ROOT } from './helpers/check-content-cli';

const FIXTURE: Files = new Map(readContentDir(join(ROOT, 'tests/fixtures/valid')));
type Files = Map<string, string | Uint8Array>;

function text(files: Files, file: string): string {
	const value = files.get(file);
	if (typeof value !== 'string') throw new Error(`${file} is not text`);
	return value;
}

/** The fixture with `change` applied to a copy. */
function mutated(change: (files: Files) => void): Files {
	const files: Files = new Map(FIXTURE);
	change(files);
	return files;
}

function edit(files: Files, file: string, from: string | RegExp, to: string): void {
	const before = text(files, file);
	const after = before.replace(from, to);
	if (after === before) throw new Error(`${file} does not contain ${String(from)}`);
	files.set(file, after);
}

/** Appends lines to nb/slutt.md, whose body is line 8: `\n<x>` puts <x> on line 10. */
function withBody(lines: string): Files {
	return mutated((f) => f.set('nb/slutt.md', `${text(f, 'nb/slutt.md')}${lines}\n`));
}

function problems(files: Files): string[] {
	const result = parseContent(files);
	return result.problems.map(formatProblem);
}

function warnings(files: Files): string[] {
	return parseContent(files).warnings.map(formatProblem);
}

describe('markdown is data, not code', () => {
	it('drops an HTML comment from the page', () => {
		expect(renderMarkdown('A\n\n<!-- hemmelig -->')).toBe('<p>A</p>');
	});

	it('accepts a link to a page of the guide, with or without its slash, and https links', () => {
		expect(problems(withBody('\n[Se trinn 2](/nb/niva-a/trinn-2) og [start](/nn/) og [https](https://example.org/#del)'))).toEqual([]);
	});

	it('names the page to link to instead of a place on it', () => {
		expect(problems(withBody('\n[Se trinn 2](/nb/niva-a/trinn-2#hva)'))).toEqual([
			'nb/slutt.md › tekst: linje 10: lenken «/nb/niva-a/trinn-2#hva» peker til et sted på siden (#…), men sidene har ingen slike adresser; lenk til hele siden: /nb/niva-a/trinn-2/'
		]);
	});

	it('renders a link inside the guide with the base path and a trailing slash', () => {
		expect(renderMarkdown('[Trinn 2](/nb/niva-a/trinn-2#hva)', '/veileder')).toBe('<p><a href="/veileder/nb/niva-a/trinn-2/#hva">Trinn 2</a></p>');
		expect(renderMarkdown('[Start](/nb)')).toBe('<p><a href="/nb/">Start</a></p>');
	});

	it('renders curly braces and Svelte syntax as text', () => {
		const body = "{@html x} {#if true}ja{/if} {require('fs').writeFileSync('/tmp/x', '')}";
		expect(renderMarkdown(body)).toBe(
			"<p>{@html x} {#if true}ja{/if} {require('fs').writeFileSync('/tmp/x', '')}</p>"
		);
	});

	it('escapes placeholder values that look like HTML', () => {
		const files = mutated((f) => edit(f, 'kommune.yaml', 'archiveSystem: Arkivo', 'archiveSystem: "<img src=x onerror=alert(1)> & Co"'));
		const { content } = parseContent(files);
		if (!content) throw new Error('content expected');
		const html = htmlFiller(content, 'nb')(renderMarkdown('Arkiver i [arkivsystem].'));
		expect(html).toBe('<p>Arkiver i &lt;img src=x onerror=alert(1)&gt; &amp; Co.</p>');
	});
});

describe('phone numbers typed into a body', () => {
	const hint = 'Skriv numre i kommune.yaml i stedet: sikkerhetssiden viser dem, og de er riktige på alle sider når de endres ett sted';
	it.each([
		['Ring 98765432 hvis det haster.', '98765432'],
		['Ring 112 ved fare.', '112'],
		['Nødnummeret har telefon 112.', '112']
	])('warns about «%s»', (body, number) => {
		const files = withBody(`\n${body}`);
		expect(problems(files)).toEqual([]);
		expect(warnings(files)).toContain(`nb/slutt.md › tekst: teksten ser ut til å ha telefonnummeret «${number}». ${hint}`);
	});

	it('does not warn about a section of a law or a year', () => {
		const files = withBody('\nSe barnevernsloven § 112 og rundskrivet fra 2026.');
		expect(warnings(files).filter((w) => w.includes('telefonnummeret «'))).toEqual([]);
	});
});

describe('one clear list of every problem', () => {
	it('a wrong next gives one line for the target and one for the pages only it led to', () => {
		const files = mutated((f) => {
			edit(f, 'nb/sakstype.md', 'next: niva-a-trinn-1', 'next: niva-a-trinn-7');
			edit(f, 'nn/sakstype.md', 'next: niva-a-trinn-1', 'next: niva-a-trinn-7');
		});
		const found = problems(files);
		expect(found.filter((p) => p.startsWith('nb/'))).toEqual([
			'nb/sakstype.md › question.answers.0.next: svaret «annet» peker til «niva-a-trinn-7», som ikke finnes',
			'nb/niva-a/trinn-1.md › id: siden «niva-a-trinn-1» kan ikke nås fra startsiden: ingen svar fører hit (og 2 sider etter den)'
		]);
	});

	it('a YAML typo in a page gives the YAML error only: no «finnes ikke», no «mangler»', () => {
		const files = mutated((f) => edit(f, 'nb/ordliste.md', /^kind: glossary$/m, 'kind: glossary\nterms: [\n'));
		const found = problems(files);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^nb\/ordliste\.md: YAML-feil på linje \d+/);
	});

	it('a YAML typo in a step that others lead to does not make their answers «peker til … som ikke finnes»', () => {
		const files = mutated((f) => edit(f, 'nb/niva-a/trinn-2.md', 'title:', 'title: [\n'));
		const found = problems(files);
		expect(found.every((p) => p.startsWith('nb/niva-a/trinn-2.md: YAML-feil'))).toBe(true);
	});

});

describe('files are what they claim', () => {
	it('counts lines in a CRLF file as the editor sees them', () => {
		const withScript = mutated((f) => f.set('nb/slutt.md', `${text(f, 'nb/slutt.md')}\n<script>x</script>\n`.replace(/\n/g, '\r\n')));
		expect(problems(withScript)[0]).toContain('linje 10: HTML (<script>)');
	});

	const logo = (svg: string) =>
		mutated((f) => {
			edit(f, 'kommune.yaml', 'archiveSystem: Arkivo', 'archiveSystem: Arkivo\nlogo:\n  file: logo.svg\n  alt: Testvik kommune');
			f.set('logo.svg', svg);
		});

	it('accepts a plain SVG logo with an internal reference', () => {
		expect(problems(logo('<svg xmlns="http://www.w3.org/2000/svg"><defs><circle id="c" r="4"/></defs><use href="#c"/></svg>'))).toEqual([]);
	});

	it('refuses an SVG logo whose letters are <text>: drawn in the reader\'s own font, they may not fit the picture (issue 19)', () => {
		expect(problems(logo('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 220 40"><text x="0" y="30">Testvik kommune</text></svg>'))).toEqual([
			'logo.svg: logoen har bokstaver som tekst (<text>). De tegnes med skriften på maskinen til den som leser, og kan bli kuttet. Gjør bokstavene om til streker (paths) i tegneprogrammet, eller bruk et kommunevåpen uten tekst: navnet står som tekst ved siden av'
		]);
		expect(problems(logo('<svg xmlns="http://www.w3.org/2000/svg"><title>Testvik kommune</title><path d="M0 0h10v10z"/></svg>'))).toEqual([]);
	});
});
