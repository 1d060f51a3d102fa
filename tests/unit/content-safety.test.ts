/**
 * Content that can't hurt (issue 18): one mutation per kind, in memory on parseContent, each
 * with the message the web editor sees asserted, or the mutation shown to be made safe.
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

const WRITE_INSTEAD = 'skriv vanlig markdown i stedet: **fet**, *kursiv*, [lenketekst](https://…), ## Mellomtittel eller - kulepunkt';

describe('markdown is data, not code', () => {
	it('the fixture is valid to start with', () => {
		expect(problems(FIXTURE)).toEqual([]);
	});

	it('refuses a <script> block with file, line and what to write instead', () => {
		const files = withBody("\n<script>require('node:fs').writeFileSync('/tmp/pwned', 'x')</script>");
		expect(problems(files)).toEqual([`nb/slutt.md › tekst: linje 10: HTML (<script>) kan ikke brukes i teksten; ${WRITE_INSTEAD}`]);
	});

	it.each([
		['<style>body { display: none }</style>', '<style>'],
		['<iframe src="https://example.org/"></iframe>', '<iframe>'],
		['<object data="x.swf"></object>', '<object>'],
		['<meta http-equiv="refresh" content="0; url=https://example.org/">', '<meta>'],
		['<base href="https://example.org/">', '<base>'],
		['<form action="https://example.org/"><input name="x"></form>', '<form>'],
		['Tekst med <img src="x" onerror="alert(1)"> inni.', '<img>'],
		['Tekst med <span onclick="alert(1)">klikk</span>.', '<span>']
	])('refuses raw HTML %s', (html, tag) => {
		expect(problems(withBody(`\n${html}`))).toEqual([`nb/slutt.md › tekst: linje 10: HTML (${tag}) kan ikke brukes i teksten; ${WRITE_INSTEAD}`]);
	});

	it('lets an HTML comment pass: it never reaches the page', () => {
		const files = withBody('\n<!-- en merknad til redaktøren -->');
		expect(problems(files)).toEqual([]);
		expect(renderMarkdown('A\n\n<!-- hemmelig -->')).toBe('<p>A</p>');
	});

	it.each([
		['[klikk](javascript:alert(1))', 'lenken «javascript:alert(1)» er ikke en nettadresse og kan ikke brukes; lenk til en side som starter med https://'],
		['[klikk](data:text/html,<script>alert(1)</script>)', 'lenken «data:text/html,<script>alert(1)</script>» er ikke en nettadresse og kan ikke brukes; lenk til en side som starter med https://'],
		['[klikk](http://example.org/)', 'lenken «http://example.org/» må starte med https:// (ikke http://), så ingen kan endre siden underveis'],
		['[klikk](ftp://example.org/)', 'lenken «ftp://example.org/» kan ikke brukes; lenker må starte med https:// eller være en side i veilederen (/nb/…)'],
		['[klikk](trinn-2)', 'lenken «trinn-2» er ufullstendig; skriv hele adressen, med https:// for andre nettsteder eller /nb/… for en side i veilederen'],
		['[klikk]\n\n[klikk]: javascript:alert(1)', 'lenken «javascript:alert(1)» er ikke en nettadresse og kan ikke brukes; lenk til en side som starter med https://'],
		['![bilde](data:image/png;base64,AAAA)', 'bilder kan ikke brukes i teksten; beskriv det med ord, eller lenk til bildet med [lenketekst](https://…)'],
		['![sporing](https://example.org/pixel.png)', 'bilder kan ikke brukes i teksten; beskriv det med ord, eller lenk til bildet med [lenketekst](https://…)']
	])('refuses the link or picture %s', (markdown, message) => {
		const found = problems(withBody(`\n${markdown}`));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^nb\/slutt\.md › tekst: linje 1[02]: /);
		expect(found[0]?.endsWith(message)).toBe(true);
	});

	it('checks a link inside the guide against the page list', () => {
		expect(problems(withBody('\n[Se trinn 9](/nb/niva-a/trinn-9/)'))).toEqual([
			'nb/slutt.md › tekst: linje 10: lenken «/nb/niva-a/trinn-9/» peker til en side i veilederen som ikke finnes; skriv adressen slik den står i nettleseren, f.eks. /nb/niva-0/trinn-1/'
		]);
		expect(problems(withBody('\n[Se trinn 2](/nb/niva-a/trinn-2) og [start](/nn/#topp) og [https](https://example.org/)'))).toEqual([]);
	});

	it('renders a link inside the guide with the base path and a trailing slash', () => {
		expect(renderMarkdown('[Trinn 2](/nb/niva-a/trinn-2#hva)', '/veileder')).toBe('<p><a href="/veileder/nb/niva-a/trinn-2/#hva">Trinn 2</a></p>');
		expect(renderMarkdown('[Start](/nb)')).toBe('<p><a href="/nb/">Start</a></p>');
	});

	it('accepts curly braces and Svelte syntax in a body, and renders them as text', () => {
		const body = "{@html x} {#if true}ja{/if} {require('fs').writeFileSync('/tmp/x', '')}";
		expect(problems(withBody(`\n${body}`))).toEqual([]);
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
		['Ring barnevernet på 12 34 56 78.', '12 34 56 78'],
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

	it('schema errors in kommune.yaml do not hide the walk’s errors', () => {
		const files = mutated((f) => {
			edit(f, 'kommune.yaml', 'archiveSystem: Arkivo', 'archiveSystem: [1, 2]');
			edit(f, 'nb/niva-a/trinn-1.md', 'next: slutt', 'next: sluttt');
		});
		const found = problems(files);
		expect(found).toContain('nb/niva-a/trinn-1.md › question.answers.1.next: svaret «nei» peker til «sluttt», som ikke finnes');
		expect(found.some((p) => p.startsWith('kommune.yaml › archiveSystem'))).toBe(true);
	});
});

describe('files are what they claim', () => {
	const latin1 = new Uint8Array([...new TextEncoder().encode(text(FIXTURE, 'nb/slutt.md').replace('Avsluttet', 'Avsluttet')), 0x0a, 0x42, 0xe6, 0x72, 0x0a]); // «Bær» in Latin-1

	it('refuses a file that is not UTF-8, saying how to save it', () => {
		const files = mutated((f) => f.set('nb/slutt.md', latin1));
		expect(problems(files)).toEqual([
			'nb/slutt.md: filen er ikke lagret som UTF-8, så æ, ø og å ville blitt feil. Åpne den i et redigeringsprogram og lagre den på nytt med tegnkoding «UTF-8»'
		]);
	});

	it('tolerates a byte-order mark, as text and as bytes', () => {
		const bom = (t: string) => `\uFEFF${t}`;
		expect(problems(mutated((f) => f.set('nb/slutt.md', bom(text(f, 'nb/slutt.md')))))).toEqual([]);
		expect(problems(mutated((f) => f.set('kommune.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text(f, 'kommune.yaml'))]))))).toEqual([]);
	});

	it('reads CRLF line endings like LF, line numbers included', () => {
		const crlf = mutated((f) => {
			for (const [file, value] of f) if (typeof value === 'string') f.set(file, value.replace(/\n/g, '\r\n'));
		});
		expect(problems(crlf)).toEqual([]);
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

	it.each([
		['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'et skript (<script>)'],
		['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', 'en hendelse (on…=, f.eks. onload)'],
		['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>', 'en lenke eller referanse til en annen fil (href)'],
		['<svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://example.org/x.css";</style></svg>', 'en referanse til en annen fil (@import)']
	])('refuses an SVG logo with %s', (svg, what) => {
		expect(problems(logo(svg))).toEqual([
			`logo.svg: SVG-bildet inneholder ${what}, som ikke er lov i et bilde på veilederens nettsted. Lagre bildet på nytt som «vanlig SVG» uten skript og lenker, eller bruk PNG`
		]);
	});
});
