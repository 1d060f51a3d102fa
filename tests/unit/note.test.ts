import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import type { GuideContent } from '../../src/lib/content/guide-content';
import { noteContext } from '../../src/lib/pages/note-context';
import { walkNodeModel as walkModel } from '../../src/lib/pages/walk-node';
import { translator } from '../../src/lib/i18n';
import type { Language } from '../../src/lib/i18n/languages';
import { emptyWalk, recordAnswer, setDate, setNote, type Walk } from '../../src/lib/flow/walk';
import { buildNote, noteFileName, noteToPlainText, setNoteField } from '../../src/lib/outputs/note';
import { consentProgress, setConsentItem } from '../../src/lib/outputs/consent';

const { content } = loadContent('content');
if (!content) throw new Error('default content does not load');
const guide: GuideContent = content;
const TODAY = '2027-03-23';

/** Answers the default guide's questions in order, as the browser would, with a note on each. */
function walkThrough(answers: [nodeId: string, answerId: string, note?: string][], day = '2027-03-22'): Walk {
	let walk = emptyWalk();
	for (const [nodeId, answerId, note] of answers) {
		const page = guide.pages.nb.find((p) => p.frontmatter.id === nodeId);
		const model = page && walkModel(guide, page);
		const answer = model?.answers.find((a) => a.id === answerId);
		if (!model || !answer) throw new Error(`No answer ${answerId} on ${nodeId}`);
		if (note) walk = setNote(walk, 'start', nodeId, note);
		walk = recordAnswer(walk, 'start', model.node, answer, day);
	}
	return walk;
}

function note(walk: Walk, lang: Language = 'nb') {
	const t = translator(lang);
	return buildNote(walk, noteContext(guide, lang, t), lang, t, TODAY);
}

const toLevel0 = [
	['start', 'nei'],
	['tjeneste', 'skole'],
	['sakstype', 'skolemiljo']
] as [string, string][];

describe('the note built from a walk', () => {
	it('is a closing note when the walk ended with no reason for concern', () => {
		let walk = walkThrough([...toLevel0, ['niva-0-trinn-1', 'nei', 'Snakket med kontaktlærer. Alt i orden.']]);
		walk = setDate(walk, 'undring', '2027-03-15');
		walk = setNoteField(walk, 'author', 'Kari Lærer, Eksempel skole');
		const model = note(walk);

		expect(model.kind).toBe('closing');
		expect(model.title).toBe('Avslutningsnotat');
		expect(model.confidentiality).toBe('Unntatt offentlighet, jf. offl. § 13 og fvl. § 13');
		expect(model.facts.map((f) => [f.label, f.value])).toEqual([
			['Kommune', 'Eksempel kommune'],
			['Tjeneste', 'Skole eller SFO'],
			['Sakstype', expect.stringContaining('skolemiljø')],
			['Notatet er skrevet', 'tirsdag 23. mars 2027'],
			['Undringen oppstod', 'mandag 15. mars 2027']
		]);
		const titleOf = (id: string) => guide.pages.nb.find((p) => p.frontmatter.id === id)?.frontmatter.title;
		expect(model.steps.map((s) => s.title)).toEqual(['start', 'tjeneste', 'sakstype', 'niva-0-trinn-1'].map(titleOf));
		expect(model.steps[0]?.question).toBe('Har du mistanke om vold eller overgrep?');
		expect(model.steps[1]?.question).toBeUndefined(); // «Hvor jobber du?» is the page's title too
		expect(model.steps.at(-1)).toMatchObject({ question: 'Hva kom du fram til?' });
		expect(model.steps.at(-1)).toMatchObject({
			answer: 'Undringen er konkretisert. Det er ikke grunn til bekymring, og saken avsluttes.',
			note: 'Snakket med kontaktlærer. Alt i orden.'
		});
		expect(model.decision).toBe('Saken avsluttes – ingen grunn til bekymring');
		expect(model.consent).toBe('Ingen trinn som krever samtykke, er passert.');
		expect(model.signature.author.value).toBe('Kari Lærer, Eksempel skole');
		expect(model.safety).toBeUndefined();
		// The school-environment rule applies: one week after the undring, and it has passed.
		expect(model.deadlines.map((d) => d.id)).toEqual(['samtale-skolemiljo']);
		expect(model.deadlines[0]?.lines.join(' ')).toContain('mandag 22. mars 2027');
	});

	it('is a summary that says where the case stands when the walk escalates', () => {
		const walk = walkThrough([
			...toLevel0,
			['niva-0-trinn-1', 'ja'],
			['niva-0-trinn-2', 'ja'],
			['niva-0-trinn-3', 'ja'],
			['niva-0-trinn-4', 'ekstern-hjelp', 'Foresatte ønsker hjelp fra PPT.']
		]);
		const model = note(setConsentItem(setConsentItem(walk, 'foreldreansvar', true), 'skriftlig', true));
		expect(model.kind).toBe('summary');
		expect(model.title).toBe('Oppsummering');
		expect(model.decision).toMatch(/^Saken er ikke avsluttet\. Den står nå på: Nivå 2, trinn 1 – /);
		expect(model.steps).toHaveLength(7);
		expect(model.consent).toBe('Sjekklisten for samtykke: 2 av 11 punkter er krysset av.');
		expect(model.deadlines).toEqual([]);
		expect(model.noDeadlinesText).toMatch(/Ingen frister/);
	});

	it('records the safety path: guardian contact marked as not applicable, the rule stated', () => {
		const walk = walkThrough([
			['start', 'ja'],
			['vold-og-overgrep', 'videre'],
			['tjeneste', 'barnehage'],
			['sakstype', 'annet'],
			['niva-0-trinn-1', 'ja'],
			['niva-0-trinn-2', 'ja'],
			['niva-0-trinn-3', 'ja']
		]);
		const model = note(walk, 'nn');
		expect(model.safety).toBe(
			'Det er registrert mistanke om vald eller overgrep. Føresette skal ikkje kontaktast før barnevernstenesta eller politiet har gitt råd.'
		);
		const guardianSteps = guide.pages.nb.filter((p) => p.frontmatter.kind === 'step' && p.frontmatter.contactsGuardians).map((p) => p.frontmatter.id);
		const marked = model.steps.filter((s) => s.notApplicable).map((s) => walk.entries[s.index]?.nodeId);
		expect(marked.length).toBeGreaterThan(0);
		expect(marked.every((id) => guardianSteps.includes(id ?? ''))).toBe(true);
		expect(model.title).toBe('Oppsummering');
	});

	it('records each step by its conclusion, in the note\'s language, never a bare «Ja»', () => {
		const walk = walkThrough([
			...toLevel0,
			['niva-0-trinn-1', 'ja'],
			['niva-0-trinn-2', 'ja'],
			['niva-0-trinn-3', 'ja'],
			['niva-0-trinn-4', 'egen-tjeneste'],
			['niva-1-trinn-1', 'ja'],
			['niva-1-trinn-2', 'ja'],
			['niva-1-trinn-3', 'ja'],
			['niva-1-trinn-4', 'avslutt']
		]);
		const steps = (lang: Language) => note(walk, lang).steps.slice(toLevel0.length).map((s) => s.answer);
		expect(steps('nb')).toEqual([
			'Undringen er konkretisert og skrevet ned. Den skal deles med nærmeste leder.',
			'Undringen er drøftet med nærmeste leder. Det er grunn til bekymring, og vi tar den nødvendige samtalen med foresatte og barnet.',
			'Den nødvendige samtalen med foresatte er gjennomført.',
			'Det er grunn til bekymring. Vi følger opp med tiltak i egen tjeneste, sammen med familien (nivå 1).',
			'Vi har møtt foresatte og barnet og er enige om utfordringen, mål, tiltak og hvem som har ansvaret.',
			'Tiltakene er satt i gang.',
			'Evalueringsmøtet er holdt.',
			'Tiltakene har virket, og det er ikke lenger grunn til bekymring. Loggen og saken avsluttes.'
		]);
		expect(steps('nn')[2]).toBe('Den nødvendige samtalen med føresette er gjennomført.');
		expect(steps('nn').at(-1)).toBe('Tiltaka har verka, og det er ikkje lenger grunn til bekymring. Loggen og saka blir avslutta.');
		for (const lang of ['nb', 'nn'] as const) expect(steps(lang).filter((a) => /^(Ja|Nei)\b/.test(a))).toEqual([]);
		expect(noteToPlainText(note(walk, 'nn'))).toContain('Den nødvendige samtalen med føresette er gjennomført.');
	});

	it('has a conclusion for every answer a step records in the default guide, different from a bare yes or no', () => {
		for (const lang of ['nb', 'nn'] as const) {
			for (const page of guide.pages[lang]) {
				const fm = page.frontmatter;
				if (fm.kind !== 'step') continue;
				for (const answer of fm.question.answers.filter((a) => a.next !== fm.id)) {
					expect(answer.conclusion, `${page.file} › ${answer.id}`).toMatch(/^(?!(Ja|Nei)\b).+\.$/);
				}
			}
		}
	});

	it('follows the chosen language for everything the content and the UI define', () => {
		const walk = walkThrough([...toLevel0, ['niva-0-trinn-1', 'nei']]);
		const nn = noteToPlainText(note(walk, 'nn'));
		expect(nn).toContain('Unnateke offentlegheit');
		expect(nn).toContain('Teneste: Skule eller SFO');
		expect(nn).toContain('Saka blir avslutta');
		expect(nn).not.toMatch(/\b(ikke|hva|tjenesten|foresatte|Skrevet av)\b/);
	});

	it('is empty but honest before anything is answered', () => {
		const model = note(emptyWalk());
		expect(model.steps).toEqual([]);
		expect(model.decision).toBe('Ingen beslutning er registrert ennå.');
		expect(noteToPlainText(model)).toContain('Ingen svar er registrert.');
	});
});

describe('the note as plain text', () => {
	const walk = setNoteField(
		walkThrough([...toLevel0, ['niva-0-trinn-1', 'nei', '<script>alert(1)</script>\n<b>fet</b>']]),
		'nextSteps',
		'Ny samtale i mai.'
	);
	const text = noteToPlainText(note(walk));

	it('starts with the confidentiality marking and the title, then lists every section in order', () => {
		const lines = text.split('\n');
		expect(lines[0]).toBe('Unntatt offentlighet, jf. offl. § 13 og fvl. § 13');
		expect(lines[2]).toBe('AVSLUTNINGSNOTAT');
		const order = ['Trinn og svar', 'Frister', 'Beslutning', 'Videre oppfølging', 'Samtykke', 'Underskrift'].map((h) => lines.indexOf(h));
		expect(order.every((i) => i > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('keeps what the user typed exactly, markup included', () => {
		expect(text).toContain('   <script>alert(1)</script>\n   <b>fet</b>');
		expect(text).toContain('Neste steg: Ny samtale i mai.');
	});

	it('keeps a very long note whole', () => {
		const long = `${'Lang tekst. '.repeat(5000)}SLUTTMERKE`;
		const longText = noteToPlainText(note(walkThrough([...toLevel0, ['niva-0-trinn-1', 'nei', long]])));
		expect(longText).toContain('SLUTTMERKE');
		expect(longText.length).toBeGreaterThan(long.length);
	});

	it('names the download after the note', () => {
		expect(noteFileName(note(walk), TODAY)).toBe('avslutningsnotat-2027-03-23.txt');
	});
});

describe('consent progress', () => {
	it('counts only ticks of items the checklist has', () => {
		let walk = setConsentItem(emptyWalk(), 'a', true);
		walk = setConsentItem(walk, 'gone', true);
		walk = setConsentItem(walk, 'b', true);
		walk = setConsentItem(walk, 'b', false);
		expect(consentProgress(walk, ['a', 'b', 'c'])).toEqual({ checked: 1, total: 3 });
	});
});
