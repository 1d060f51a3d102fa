import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import { formatProblem } from '../../src/lib/content/problems';
import { VALID, brokenFixture, problemsOf } from './helpers/content-fixture';

describe('loadContent', () => {
	it('loads the valid fixture without problems', () => {
		const result = loadContent(VALID);
		expect(result.problems).toEqual([]);
		expect(result.content?.pages.nb.map((p) => p.path).sort()).toEqual([
			'',
			'frister',
			'niva-a',
			'niva-a/trinn-1',
			'niva-a/trinn-2',
			'notat',
			'ordliste',
			'oversikt',
			'sakstype',
			'samtykke',
			'slutt',
			'vold'
		]);
		const step = result.content?.pages.nn.find((p) => p.frontmatter.id === 'niva-a-trinn-1');
		expect(step?.frontmatter.kind).toBe('step');
		expect(step?.body).toBe('Mer om undringen.');
	});

	it('reports a missing content folder as a problem, not an exception', () => {
		expect(problemsOf('/does/not/exist')).toEqual(['/does/not/exist: innholdsmappen finnes ikke']);
	});

	it('reports a schema error with file and field', () => {
		const dir = brokenFixture((e) => e.replace('nb/niva-a/trinn-1.md', 'title: Konkretiser undringen\n', ''));
		const problems = problemsOf(dir);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^nb\/niva-a\/trinn-1\.md › title: /);
	});

	it('reports a wrong type in a field', () => {
		const dir = brokenFixture((e) => e.replace('nn/niva-a/trinn-1.md', 'step: 1', 'step: en'));
		expect(problemsOf(dir)).toEqual([expect.stringMatching(/^nn\/niva-a\/trinn-1\.md › step: .*forventet tall/)]);
	});

	it('reports YAML syntax errors with the line number', () => {
		const dir = brokenFixture((e) => e.replace('nb/oversikt.md', 'title: Oversikt', 'title: [Oversikt'));
		const problems = problemsOf(dir);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]).toMatch(/^nb\/oversikt\.md: YAML-feil på linje \d+/);
	});

	it('reports a file without frontmatter', () => {
		const dir = brokenFixture((e) => e.write('nb/ekstra.md', '# Bare tekst\n'));
		expect(problemsOf(dir)).toContain(
			'nb/ekstra.md: filen må starte med innstillinger (frontmatter) mellom to linjer med ---'
		);
	});

	it('reports an answer that points to an id that does not exist', () => {
		const dir = brokenFixture((e) => e.replace('{lang}/niva-a/trinn-1.md', 'next: niva-a-trinn-2', 'next: niva-a-trinn-9'));
		const problems = problemsOf(dir);
		expect(problems).toContain(
			'nb/niva-a/trinn-1.md › question.answers.0.next: svaret «ja» peker til «niva-a-trinn-9», som ikke finnes'
		);
		expect(problems).toContain(
			'nn/niva-a/trinn-1.md › question.answers.0.next: svaret «ja» peker til «niva-a-trinn-9», som ikke finnes'
		);
	});

	it('reports a page that exists in one language only', () => {
		const dir = brokenFixture((e) => e.remove('nn/oversikt.md'));
		expect(problemsOf(dir)).toContain(
			'nb/oversikt.md › id: siden «oversikt» finnes på nb, men ikke på nn (lag nn/oversikt.md)'
		);
	});

	it('reports answers that differ between the languages', () => {
		const dir = brokenFixture((e) =>
			e.replace('{lang}/niva-a/trinn-2.md', 'next: niva-a-trinn-1', 'next: slutt', ['nn'])
		);
		expect(problemsOf(dir)).toEqual([
			'nn/niva-a/trinn-2.md › question.answers (id, next, sets, safetyConcern): er ulik i nb/niva-a/trinn-2.md; begge språk må ha samme question.answers (id, next, sets, safetyConcern)'
		]);
	});

	it('reports a note field a page cannot ask for, one asked in one language only, and an archive for a service no answer sets', () => {
		const unknown = brokenFixture((e) => e.replace('{lang}/niva-a/trinn-2.md', 'step: 2\n', 'step: 2\nrecord: [childView, report]\n'));
		const allowed = 'participants, unit, stafettholder, childView, guardiansView, goals, evaluation, consentSignedOn';
		expect(problemsOf(unknown)).toEqual([`nb/niva-a/trinn-2.md › record.1: må være en av: ${allowed}`, `nn/niva-a/trinn-2.md › record.1: må være en av: ${allowed}`]);
		const differ = brokenFixture((e) => e.replace('{lang}/niva-a/trinn-2.md', 'step: 2\n', 'step: 2\nrecord: [participants]\n', ['nb']));
		expect(problemsOf(differ)).toEqual(['nn/niva-a/trinn-2.md › record: er ulik i nb/niva-a/trinn-2.md; begge språk må ha samme record']);
		const archive = brokenFixture((e) => e.replace('kommune.yaml', 'archiveSystem: Arkivo\n', 'archiveSystem: Arkivo\narchiveSystems:\n  helse: EPJ\n'));
		expect(problemsOf(archive)).toEqual(['kommune.yaml › archiveSystems.helse: tjenesten «helse» settes ikke av noe svar (sets: service: helse). Ingen svar setter en tjeneste.']);
	});

	it('reports a step that cannot be reached from the start', () => {
		const dir = brokenFixture((e) =>
			e.replace('{lang}/sakstype.md', 'next: niva-a-trinn-1', 'next: slutt')
		);
		const problems = problemsOf(dir);
		// One line for the page no answer leads to; the page after it is folded into that line.
		expect(problems).toContain(
			'nb/niva-a/trinn-1.md › id: siden «niva-a-trinn-1» kan ikke nås fra startsiden: ingen svar fører hit (og 1 side etter den)'
		);
		expect(problems.filter((p) => p.includes('kan ikke nås'))).toHaveLength(2); // nb and nn
		expect(problems.some((p) => p.includes('«niva-a-trinn-2» kan ikke nås'))).toBe(false);
	});

	it('reports steps from which no ending can be reached', () => {
		const dir = brokenFixture((e) => {
			e.replace('{lang}/niva-a/trinn-1.md', 'next: slutt', 'next: niva-a-trinn-2');
			e.replace('{lang}/niva-a/trinn-2.md', 'next: slutt', 'next: niva-a-trinn-1');
			e.replace('{lang}/niva-a/trinn-1.md', 'id: nei', 'id: nei-igjen');
			e.replace('{lang}/niva-a/trinn-2.md', 'id: ferdig', 'id: ferdig-ikke');
		});
		const problems = problemsOf(dir);
		for (const id of ['niva-a-trinn-1', 'niva-a-trinn-2', 'sakstype', 'start', 'vold']) {
			expect(problems.some((p) => p.includes(`fra «${id}» finnes ingen vei til en avslutning`))).toBe(true);
		}
	});

	it('requires a conclusion on every answer of a step, naming the file and the field', () => {
		const dir = brokenFixture((e) => e.replace('{lang}/niva-a/trinn-2.md', '      conclusion: Saken er ferdig.\n', '', ['nb']));
		expect(problemsOf(dir)).toEqual([
			'nb/niva-a/trinn-2.md › question.answers.1.conclusion: mangler: skriv svaret «ferdig» som en setning til sporet og notatet, f.eks. «Samtalen med foresatte er gjennomført.»'
		]);
	});

	it('accepts a «not yet» answer that leads back to its own step, without a conclusion', () => {
		const dir = brokenFixture((e) =>
			e.replace('{lang}/niva-a/trinn-2.md', '    - id: ferdig\n', '    - id: ikke-enda\n      label: Ikke ennå\n      next: niva-a-trinn-2\n    - id: ferdig\n')
		);
		const result = loadContent(dir);
		expect(result.problems.map(formatProblem)).toEqual([]);
		const step = result.content?.pages.nb.find((p) => p.frontmatter.id === 'niva-a-trinn-2')?.frontmatter;
		expect(step && 'question' in step ? step.question.answers.map((a) => [a.id, a.conclusion]) : []).toEqual([
			['igjen', 'Vi prøver igjen.'],
			['ikke-enda', undefined],
			['ferdig', 'Saken er ferdig.']
		]);
	});

	it('refuses a conclusion on a «not yet» answer, and a «not yet» answer on a page that is not a step', () => {
		const dir = brokenFixture((e) => {
			e.replace('{lang}/niva-a/trinn-2.md', '    - id: ferdig\n', '    - id: ikke-enda\n      label: Ikke ennå\n      conclusion: Ikke gjort.\n      next: niva-a-trinn-2\n    - id: ferdig\n');
			e.replace('{lang}/sakstype.md', 'next: niva-a-trinn-1', 'next: sakstype');
		});
		const problems = problemsOf(dir);
		expect(problems).toContain(
			'nb/niva-a/trinn-2.md › question.answers.1.conclusion: svaret «ikke-enda» fører tilbake til samme trinn («ikke ennå») og blir ikke registrert; ta bort conclusion'
		);
		expect(problems.some((p) => /^nn\/sakstype\.md › question\.answers\.0\.next: svaret «\S+» fører tilbake til samme side; bare et trinn kan ha et slikt «ikke ennå»-svar$/.test(p))).toBe(true);
	});

	it('reports duplicate ids', () => {
		const dir = brokenFixture((e) => e.replace('{lang}/slutt.md', 'id: slutt', 'id: oversikt'));
		const problems = problemsOf(dir);
		expect(problems.some((p) => /id-en «oversikt» brukes også i (nb|nn)\/(oversikt|slutt)\.md/.test(p))).toBe(true);
	});

	it('reports an unknown deadline rule id', () => {
		const dir = brokenFixture((e) => e.replace('{lang}/niva-a/trinn-1.md', 'deadlines: [tre-uker]', 'deadlines: [fire-uker]'));
		expect(problemsOf(dir)).toContain(
			'nb/niva-a/trinn-1.md › deadlines.0: fristen «fire-uker» finnes ikke i frister.yaml (rules)'
		);
	});

	it('reports unknown dates, reminders, resources and levels', () => {
		const dir = brokenFixture((e) => {
			e.replace('{lang}/niva-a/trinn-1.md', 'dates: [undring]', 'dates: [moteodato]');
			e.replace('{lang}/niva-a/trinn-1.md', 'reminders: [barnets-stemme]', 'reminders: [sosken]');
			e.replace('{lang}/niva-a/trinn-1.md', 'ref: skjema', 'ref: brosjyre');
			e.replace('{lang}/niva-a/trinn-2.md', 'level: niva-a', 'level: niva-b');
		});
		const problems = problemsOf(dir);
		expect(problems).toContain('nb/niva-a/trinn-1.md › dates.0: datoen «moteodato» finnes ikke i frister.yaml (dates)');
		expect(problems).toContain('nb/niva-a/trinn-1.md › reminders.0: påminnelsen «sosken» finnes ikke i nb/tekster.yaml');
		expect(problems).toContain(
			'nb/niva-a/trinn-1.md › resources.0.ref: ressursen «brosjyre» finnes ikke i kommune.yaml (resources)'
		);
		expect(problems).toContain('nb/niva-a/trinn-2.md › level: nivået «niva-b» finnes ikke i kommune.yaml (levels)');
	});

	it('reports deadline rules that count from an unknown date or an unknown case type', () => {
		const dir = brokenFixture((e) => {
			e.replace('frister.yaml', 'from: undring', 'from: vedtak');
			e.replace('frister.yaml', 'caseTypes: [annet]', 'caseTypes: [skolemiljo]');
		});
		const problems = problemsOf(dir);
		expect(problems).toContain(
			'frister.yaml › rules.0.from: fristen «tre-uker» regnes fra datoen «vedtak», som ikke finnes under dates'
		);
		expect(problems).toContain(
			'frister.yaml › rules.0.caseTypes.0: sakstypen «skolemiljo» settes ikke av noe svar (sets: caseType: skolemiljo)'
		);
	});

	it('reports a consent checklist without items, and items that differ between the languages', () => {
		const empty = brokenFixture((edit) =>
			edit.replace('{lang}/samtykke.md', /items:[\s\S]*?---/.exec(readFileSync(join(VALID, 'nb/samtykke.md'), 'utf8'))?.[0] ?? '', 'items: []\n---', ['nb'])
		);
		expect(problemsOf(empty)).toContain('nb/samtykke.md › items: må ha minst ett punkt');
		const differ = brokenFixture((edit) => edit.replace('{lang}/samtykke.md', 'id: frivillig', 'id: frivillig-samtykke', ['nn']));
		expect(problemsOf(differ).join('\n')).toMatch(/samtykke\.md.*items \(id\)/);
	});

	it('requires exactly one note page and the note titles', () => {
		const noNote = brokenFixture((edit) => {
			edit.remove('nb/notat.md');
			edit.remove('nn/notat.md');
		});
		expect(problemsOf(noNote)).toContain('nb/: mangler en side med kind: note');
		const noTitles = brokenFixture((edit) => edit.replace('{lang}/tekster.yaml', 'noteTitles:', 'noteTitlesX:', ['nn']));
		expect(problemsOf(noTitles).join('\n')).toMatch(/nn\/tekster\.yaml › noteTitles/);
	});

	it('reports a logo or favicon that is missing, or too heavy for a phone', () => {
		const missing = brokenFixture((edit) => edit.replace('kommune.yaml', 'name:', 'logo:\n  file: logo.svg\n  alt: Kommunen\nfavicon: ikon.png\nname:'));
		expect(problemsOf(missing)).toEqual([
			'kommune.yaml › logo.file: finner ikke filen «logo.svg»; legg den i samme mappe som kommune.yaml',
			'kommune.yaml › favicon: finner ikke filen «ikon.png»; legg den i samme mappe som kommune.yaml'
		]);
		const heavy = brokenFixture((edit) => {
			edit.replace('kommune.yaml', 'name:', 'favicon: ikon.png\nname:');
			edit.write('ikon.png', 'x'.repeat(150 * 1024));
		});
		expect(problemsOf(heavy)).toEqual([
			'kommune.yaml › favicon: «ikon.png» er 150 KB; bruk en fil under 100 KB (f.eks. SVG), ellers blir hver side treg på mobil'
		]);
		const wrongType = brokenFixture((edit) => edit.replace('kommune.yaml', 'name:', 'favicon: ikon.gif\nname:'));
		expect(problemsOf(wrongType).join('\n')).toMatch(/kommune\.yaml › favicon: må være navnet på en \.svg- eller \.png-fil/);
	});

	it('accepts curly braces in a markdown body: the body is markdown, not code', () => {
		const dir = brokenFixture((e) => e.replace('nb/slutt.md', 'Arkiver i', 'Arkiver {straks} i'));
		const result = loadContent(dir);
		expect(result.problems).toEqual([]);
		expect(result.content?.pages.nb.find((p) => p.file === 'nb/slutt.md')?.body).toContain('Arkiver {straks} i');
	});

	it('reports a broken municipality file by field', () => {
		const dir = brokenFixture((e) => e.replace('kommune.yaml', 'number: "11 22 33 44"', 'number: ring meg'));
		expect(problemsOf(dir)).toEqual([
			'kommune.yaml › contacts.0.number: må være et telefonnummer med bare sifre og enkle mellomrom, f.eks. "12 34 56 78"'
		]);
	});

	it('rejects a theme colour with too little contrast, saying which and why', () => {
		const dir = brokenFixture((e) => e.write('kommune.yaml', readFileSync(join(VALID, 'kommune.yaml'), 'utf8') + 'theme:\n  color: "#7fb2e5"\n'));
		expect(problemsOf(dir)).toEqual([
			'kommune.yaml › theme.color: fargen #7fb2e5 har kontrast 2.23:1 mot hvitt. Den brukes til lenker på hvit bakgrunn og til knapper med hvit tekst, og WCAG 2.1 AA krever minst 4.5:1 for vanlig tekst. Velg en mørkere farge.'
		]);
	});

	it('reports all problems at once, across files and kinds', () => {
		const dir = brokenFixture((e) => {
			e.replace('nb/niva-a/trinn-1.md', 'title: Konkretiser undringen\n', '');
			e.replace('{lang}/niva-a/trinn-2.md', 'next: slutt', 'next: finnes-ikke');
			e.remove('nn/oversikt.md');
		});
		const problems = problemsOf(dir);
		expect(problems.some((p) => p.startsWith('nb/niva-a/trinn-1.md › title'))).toBe(true);
		expect(problems.some((p) => p.includes('«finnes-ikke», som ikke finnes'))).toBe(true);
		expect(problems.some((p) => p.includes('«oversikt» finnes på nb, men ikke på nn'))).toBe(true);
		// The broken step is not also reported as missing in nb or as a dead end.
		expect(problems.some((p) => p.includes('«niva-a-trinn-1» finnes på nn, men ikke på nb'))).toBe(false);
	});

	it('warns, without failing, while the municipality file holds example values', () => {
		const dir = brokenFixture((e) => e.replace('kommune.yaml', 'number: "11 22 33 44"', 'number: "11 22 33 44"\n    example: true'));
		const result = loadContent(dir);
		expect(result.problems).toEqual([]);
		expect(result.warnings.map(formatProblem)).toEqual([
			'kommune.yaml › contacts.0.number: telefonnummeret til «barnevernstjenesten» er et eksempel'
		]);
	});
});
