import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import type { GuideContent } from '../../src/lib/content/guide-content';
import { noteContext } from '../../src/lib/pages/note-context';
import { walkNodeModel as walkModel } from '../../src/lib/pages/walk-node';
import { translator } from '../../src/lib/i18n';
import type { Language } from '../../src/lib/i18n/languages';
import { emptyWalk, recordAnswer, setDate, setNote, type Walk } from '../../src/lib/flow/walk';
import { setRecordField } from '../../src/lib/flow/record';
import { buildNote } from '../../src/lib/outputs/note';
import { noteFileName, noteToPlainText } from '../../src/lib/outputs/note-text';
import type { NoteBlock, NoteModel, NoteSection } from '../../src/lib/outputs/note-model';
import { consentProgress, setConsentItem } from '../../src/lib/outputs/consent';
import { CLICK_DAY, noteCase, type NoteCase } from '../fixtures/note-cases';

const { content } = loadContent('content');
if (!content) throw new Error('default content does not load');
const guide: GuideContent = content;
const TODAY = CLICK_DAY;

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

function note(walk: Walk, lang: Language = 'nb', today = TODAY) {
	const t = translator(lang);
	return buildNote(walk, noteContext(guide, lang, t), lang, t, today);
}

const fixture = (which: NoteCase, lang: Language = 'nb') => note(noteCase(guide, which), lang);
const section = (model: NoteModel, id: string): NoteSection | undefined => model.sections.find((s) => s.id === id);
const blocks = <K extends NoteBlock['kind']>(model: NoteModel, id: string, kind: K) =>
	(section(model, id)?.blocks ?? []).filter((b): b is Extract<NoteBlock, { kind: K }> => b.kind === kind);
const steps = (model: NoteModel) => blocks(model, 'steps', 'steps')[0]?.steps ?? [];
const facts = (model: NoteModel) => Object.fromEntries(model.facts.map((f) => [f.label, f.value]));

/** Words that count down or back from today: never next to a deadline in a filed note. */
const RELATIVE = /\b(siden|sidan|igjen|att|gikk ut for|gjekk ut for|i dag)\b/;

/** The lines of one section of the plain text. */
function sectionOf(text: string, heading: string): string {
	const lines = text.split('\n');
	const start = lines.indexOf(heading);
	if (start === -1) throw new Error(`No section «${heading}»`);
	const end = lines.findIndex((line, i) => i > start + 1 && /^-+$/.test(lines[i + 1] ?? ''));
	return lines.slice(start + 2, end === -1 ? undefined : end).join('\n');
}
const START_QUESTIONS = {
	nb: ['Har du mistanke om vold eller overgrep?', 'Hvor jobber du?', 'Hva gjelder undringen?'],
	nn: ['Har du mistanke om vald eller overgrep?', 'Kvar jobbar du?', 'Kva gjeld undringa?']
};

/** The headings in the plain text, in the order they come. */
function plainHeadings(text: string): string[] {
	const lines = text.split('\n');
	return lines.filter((line, i) => /^-+$/.test(lines[i + 1] ?? '') && line.length === lines[i + 1]?.length);
}

describe('a Nivå 0 case closed with no reason for concern', () => {
	const model = fixture('closedLevel0');
	const text = noteToPlainText(model);

	it('is an avslutningsnotat with the case facts in the header', () => {
		expect(model.kind).toBe('closing');
		expect(model.title).toBe('Avslutningsnotat');
		expect(model.confidentiality).toBe('Unntatt offentlighet, jf. offl. § 13 og fvl. § 13');
		expect(model.facts.map((f) => f.label)).toEqual([
			'Kommune',
			'Enhet',
			'Tjeneste',
			'Sakstype',
			'Barnet',
			'Undringen oppstod',
			'Arkiveres i',
			'Notatet er skrevet'
		]);
		expect(facts(model)).toMatchObject({ Enhet: 'Eksempel barnehage', Tjeneste: 'Barnehage', 'Arkiveres i': 'WebSak', 'Undringen oppstod': 'mandag 2. november 2026' });
	});

	it('has the sections in the record’s order, with the views the steps asked for and no goals or evaluation', () => {
		expect(model.sections.map((s) => s.id)).toEqual(['steps', 'childView', 'guardiansView', 'deadlines', 'decision', 'consent', 'followUp']);
		expect(plainHeadings(text)).toEqual([
			'Hva som er gjort',
			'Barnets stemme',
			'Foreldrenes/foresattes syn',
			'Frister',
			'Beslutning',
			'Samtykke',
			'Videre oppfølging',
			'Underskrift'
		]);
	});

	it('lists the steps only, numbered from 1, with the event dates typed and never the day of the clicks', () => {
		expect(steps(model).map((s) => [s.number, s.title])).toEqual([
			[1, 'Nivå 0, trinn 1 – Konkretiser undringen'],
			[2, 'Nivå 0, trinn 2 – Del undringen med nærmeste leder'],
			[3, 'Nivå 0, trinn 3 – Den nødvendige samtalen'],
			[4, 'Nivå 0, trinn 4 – Avklar behov for videre oppfølging']
		]);
		// Trinn 1 and 4 record no event: they show no date at all.
		expect(steps(model).map((s) => s.happenedOn)).toEqual([undefined, '04.11.2026', '10.11.2026', undefined]);
		expect(steps(model)[2]?.participants).toEqual({ id: 'participants', label: 'Deltakere', value: 'Mor, far, pedagogisk leder' });
		expect(text).toContain('3. Nivå 0, trinn 3 – Den nødvendige samtalen (10.11.2026)\n   ');
		expect(text).not.toContain('15.02.2027');
		for (const question of START_QUESTIONS.nb) expect(text).not.toContain(question);
	});

	it('says consent was not needed: the case closed at the step that would have asked for it', () => {
		expect(blocks(model, 'consent', 'checks')).toEqual([]);
		expect(sectionOf(text, 'Samtykke').trim()).toBe('Samtykke har ikke vært nødvendig i denne saken.');
		expect(text).not.toContain('☐');
	});

	it('says the deadline was met, in dates, and that the family was told', () => {
		expect(blocks(model, 'deadlines', 'deadlines')[0]?.deadlines).toEqual([
			expect.objectContaining({ id: 'undersok-barnehagemiljo', status: 'Overholdt 10.11.2026' })
		]);
		expect(text).toContain('☒ Familien er informert om at saken er avsluttet.');
		expect(sectionOf(text, 'Frister')).not.toMatch(RELATIVE);
		expect(model.facts.some((f) => f.id === 'safety' || f.id === 'stafettholder')).toBe(false);
	});

	it('in nynorsk', () => {
		const nn = noteToPlainText(fixture('closedLevel0', 'nn'));
		expect(plainHeadings(nn)).toEqual([
			'Kva som er gjort',
			'Stemma til barnet',
			'Foreldra/føresette sitt syn',
			'Fristar',
			'Avgjerd',
			'Samtykke',
			'Vidare oppfølging',
			'Underskrift'
		]);
		expect(nn).toContain('Eining: Eksempel barnehage');
		expect(nn).toContain('☒ Familien er informert om at saka er avslutta.');
		expect(nn).toContain('Saka blir avslutta');
		for (const question of START_QUESTIONS.nn) expect(nn).not.toContain(question);
		expect(nn).not.toMatch(/\b(ikke|hva|tjenesten|foresatte|Skrevet av)\b/);
	});
});

describe('a Nivå 1 case closed after three rounds of measures', () => {
	const model = fixture('closedLevel1');
	const text = noteToPlainText(model);

	it('is an avslutningsnotat too, with fourteen steps', () => {
		expect(model.kind).toBe('closing');
		expect(model.title).toBe('Avslutningsnotat');
		expect(steps(model)).toHaveLength(14);
		expect(model.sections.map((s) => s.id)).toEqual(['steps', 'childView', 'guardiansView', 'goals', 'evaluation', 'deadlines', 'decision', 'consent', 'followUp']);
		expect(facts(model)).toMatchObject({ Stafettholder: 'Per Hansen, kontaktlærer', 'Arkiveres i': 'WebSak' });
		expect(blocks(model, 'decision', 'text')[0]?.text).toBe('Saken avsluttes etter tiltak');
	});

	it('lists every consent item by its text, ticked or not, and when consent to the log was signed', () => {
		const checks = blocks(model, 'consent', 'checks')[0]?.checks ?? [];
		expect(checks).toHaveLength(11);
		expect(checks.filter((c) => c.checked)).toHaveLength(9);
		expect(text).toContain('☒ Alle som har foreldreansvar for barnet, har samtykket.');
		expect(text).toContain('☐ Uten samtykke drøfter dere saken bare anonymt');
		expect(text).toContain('Samtykke til Stafettloggen signert: 19.11.2026');
		expect(text).toContain('Stafettloggen avsluttet: 01.02.2027');
	});

	it('gives each deadline as dates and what happened, met by the meeting held for it', () => {
		expect(blocks(model, 'deadlines', 'deadlines')[0]?.deadlines.map((d) => [d.id, d.status])).toEqual([
			['nodvendig-samtale', 'Overholdt 12.11.2026 (frist 23.11.2026)'],
			['evalueringsmote', 'Overholdt 01.02.2027 (frist 01.02.2027)']
		]);
		expect(sectionOf(text, 'Frister')).not.toMatch(RELATIVE);
		expect(text).not.toContain(`${CLICK_DAY.slice(8)}.${CLICK_DAY.slice(5, 7)}.${CLICK_DAY.slice(0, 4)}`);
	});

	it('keeps the goals, the evaluation and the views as typed', () => {
		expect(blocks(model, 'goals', 'text')[0]).toEqual({ kind: 'text', style: 'typed', text: expect.stringMatching(/^Mål: fravær under 5 %/) });
		expect(text).toContain('Evaluering\n----------\nFravær ned fra 18 % til 3 %. Alle mål nådd.');
	});
});

describe('an open Nivå 2 case at the health station', () => {
	const model = fixture('openLevel2');
	const text = noteToPlainText(model);

	it('is a summary that says where the case stands, filed in the patient record', () => {
		expect(model.kind).toBe('summary');
		expect(model.title).toBe('Oppsummering');
		expect(facts(model)['Arkiveres i']).toBe('pasientjournalen (EPJ)');
		expect(model.archiveSystem).toBe('pasientjournalen (EPJ)');
		expect(blocks(model, 'decision', 'text')[0]?.text).toMatch(/^Saken er ikke avsluttet\. Den står nå på: Nivå 2, trinn 3 – /);
	});

	it('names the patient record in the consent checklist too, where a school case names WebSak', () => {
		const archived = (m: NoteModel) => blocks(m, 'consent', 'checks')[0]?.checks.find((c) => c.id === 'arkivert')?.text;
		expect(archived(model)).toBe('Det signerte skjemaet er arkivert i barnets mappe i pasientjournalen (EPJ).');
		expect(archived(fixture('closedLevel1'))).toBe('Det signerte skjemaet er arkivert i barnets mappe i WebSak.');
		expect(text).not.toContain('[arkivsystem]');
		expect(text).not.toContain('WebSak');
	});

	it('gives an open deadline as its date and «ikke registrert», never a countdown', () => {
		expect(blocks(model, 'deadlines', 'deadlines')[0]?.deadlines.map((d) => d.status)).toEqual([
			'Overholdt 16.11.2026 (frist 23.11.2026)',
			'Frist 01.03.2027 – ikke registrert'
		]);
		expect(sectionOf(text, 'Frister')).not.toMatch(RELATIVE);
	});

	it('asks for the follow-up of an open case, not whether the family was told it is closed', () => {
		expect(blocks(model, 'followUp', 'rows')[0]?.rows.map((r) => [r.label, r.value])).toEqual([
			['Neste steg', 'Tiltakene starter. Evalueringsmøte 1. mars.'],
			['Ansvarlig', 'Siri Berg, helsesykepleier'],
			['Neste møte', '01.03.2027 kl. 09']
		]);
		expect(text).not.toContain('Familien er informert');
		expect(model.sections.map((s) => s.id)).toEqual(['steps', 'childView', 'guardiansView', 'goals', 'deadlines', 'decision', 'consent', 'followUp']);
		// The guardians' view was asked for on a step the case passed, and not filled in.
		expect(blocks(model, 'guardiansView', 'text')[0]).toEqual({ kind: 'text', text: 'Ikke fylt inn.', style: 'placeholder' });
	});
});

describe('a case reported to the child welfare service', () => {
	const model = fixture('violence');
	const text = noteToPlainText(model);

	it('is a note of its own with the same marking', () => {
		expect(model.kind).toBe('report');
		expect(model.title).toBe('Notat – melding til barnevernet');
		expect(text.split('\n').slice(0, 3)).toEqual(['Unntatt offentlighet, jf. offl. § 13 og fvl. § 13', '', 'NOTAT – MELDING TIL BARNEVERNET']);
		expect(model.sections.map((s) => s.id)).toEqual(['observed', 'contact', 'writtenReport', 'guardians', 'decision']);
	});

	it('records when, what was seen and heard in the child’s words, whom she called, the advice, the report and the guardians', () => {
		expect(text).toContain('Tidspunkt: 12.11.2026 kl. 09:15');
		expect(text).toContain('Hun sa: «Pappa blir så sint når jeg ikke hører etter.»');
		expect(text).toContain('Kontaktet: Barnevernstjenesten i Eksempel kommune');
		expect(text).toContain('Tidspunkt for kontakten: 12.11.2026 kl. 10:05');
		expect(text).toContain('Råd som ble gitt: Ikke si noe til foreldrene.');
		expect(text).toContain('☒ Skriftlig bekymringsmelding er sendt.\nSendt: 13.11.2026');
		expect(text).toContain('☒ Foresatte er ikke informert om mistanken eller meldingen.\nHvorfor: Barnevernstjenesten ba oss vente');
		expect(text).toContain('Saken er meldt videre');
	});

	it('has no start questions, no steps and no «(ingen notat)»', () => {
		for (const question of START_QUESTIONS.nb) expect(text).not.toContain(question);
		expect(section(model, 'steps')).toBeUndefined();
		expect(text).not.toContain('ingen notat');
	});

	it('in nynorsk, with what was not filled in said so', () => {
		const nn = noteToPlainText(note(setRecordField(noteCase(guide, 'violence'), 'observation', ''), 'nn'));
		expect(nn).toContain('NOTAT – MELDING TIL BARNEVERNET');
		expect(nn).toContain('Det som vart observert\n----------------------\nTidspunkt: 12.11.2026 kl. 09:15\nIkkje fylt inn.');
		expect(nn).toContain('☒ Føresette er ikkje informerte om mistanken eller meldinga.');
	});
});

describe('the start questions', () => {
	it('put the suspicion of violence in the header when it was yes, and the guardian steps marked', () => {
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
		expect(facts(model)['Mistanke om vald eller overgrep']).toBe('Ja');
		expect(blocks(model, 'decision', 'text').map((b) => b.text)).toContain(
			'Det er registrert mistanke om vald eller overgrep. Føresette skal ikkje kontaktast før barnevernstenesta eller politiet har gitt råd.'
		);
		expect(steps(model).filter((s) => s.notApplicable).map((s) => s.title)).toEqual(['Nivå 0, trinn 3 – Den nødvendige samtalen']);
		expect(model.title).toBe('Oppsummering');
		expect(noteToPlainText(model)).not.toContain('Vidare i rettleiaren');
	});
});

describe('each step in the record', () => {
	const toLevel0: [string, string][] = [
		['start', 'nei'],
		['tjeneste', 'skole'],
		['sakstype', 'skolemiljo']
	];

	it('is recorded by its conclusion, in the note\'s language, never a bare «Ja»', () => {
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
		const answers = (lang: Language) => steps(note(walk, lang)).map((s) => s.answer);
		expect(answers('nb')).toEqual([
			'Undringen er konkretisert og skrevet ned. Den skal deles med nærmeste leder.',
			'Undringen er drøftet med nærmeste leder. Det er grunn til bekymring, og vi tar den nødvendige samtalen med foresatte og barnet.',
			'Den nødvendige samtalen med foresatte er gjennomført.',
			'Det er grunn til bekymring. Vi følger opp med tiltak i egen tjeneste, sammen med familien (nivå 1).',
			'Vi har møtt foresatte og barnet og er enige om utfordringen, mål, tiltak og hvem som har ansvaret.',
			'Tiltakene er satt i gang.',
			'Evalueringsmøtet er holdt.',
			'Tiltakene har virket, og det er ikke lenger grunn til bekymring. Loggen og saken avsluttes.'
		]);
		expect(answers('nn')[2]).toBe('Den nødvendige samtalen med føresette er gjennomført.');
		expect(answers('nn').at(-1)).toBe('Tiltaka har verka, og det er ikkje lenger grunn til bekymring. Loggen og saka blir avslutta.');
		for (const lang of ['nb', 'nn'] as const) expect(answers(lang).filter((a) => /^(Ja|Nei)\b/.test(a))).toEqual([]);
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
});

describe('the note', () => {
	it('is empty but honest before anything is answered', () => {
		const model = note(emptyWalk());
		expect(steps(model)).toEqual([]);
		expect(blocks(model, 'decision', 'text')[0]?.text).toBe('Ingen beslutning er registrert ennå.');
		expect(noteToPlainText(model)).toContain('Ingen svar er registrert.');
	});

	it('follows the same section order in the plain text as in the model, with the signature last, for every kind', () => {
		for (const which of ['closedLevel0', 'closedLevel1', 'openLevel2', 'violence'] as const) {
			for (const lang of ['nb', 'nn'] as const) {
				const model = fixture(which, lang);
				expect(plainHeadings(noteToPlainText(model))).toEqual([...model.sections.map((s) => s.heading), model.signature.heading]);
			}
		}
	});
});

describe('the note as plain text', () => {
	const walk = setRecordField(
		walkThrough([['start', 'nei'], ['tjeneste', 'skole'], ['sakstype', 'skolemiljo'], ['niva-0-trinn-1', 'nei', '<script>alert(1)</script>\n<b>fet</b>']]),
		'nextSteps',
		'Ny samtale i mai.'
	);
	const text = noteToPlainText(note(setDate(walk, 'undring', '2027-03-15')));

	it('starts with the confidentiality marking and the title', () => {
		const lines = text.split('\n');
		expect(lines[0]).toBe('Unntatt offentlighet, jf. offl. § 13 og fvl. § 13');
		expect(lines[2]).toBe('AVSLUTNINGSNOTAT');
	});

	it('keeps what the user typed exactly, markup included', () => {
		expect(text).toContain('   <script>alert(1)</script>\n   <b>fet</b>');
		expect(text).toContain('Neste steg: Ny samtale i mai.');
	});

	it('keeps a very long note whole', () => {
		const long = `${'Lang tekst. '.repeat(5000)}SLUTTMERKE`;
		const longText = noteToPlainText(note(walkThrough([['start', 'nei'], ['tjeneste', 'skole'], ['sakstype', 'annet'], ['niva-0-trinn-1', 'nei', long]])));
		expect(longText).toContain('SLUTTMERKE');
		expect(longText.length).toBeGreaterThan(long.length);
	});

	it('names the download after the note', () => {
		expect(noteFileName(note(walk), TODAY)).toBe(`avslutningsnotat-${TODAY}.txt`);
		expect(noteFileName(fixture('violence'), TODAY)).toBe(`notat-melding-til-barnevernet-${TODAY}.txt`);
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
