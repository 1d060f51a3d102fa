/**
 * Property-based robustness of what the user types (issue 7, item 5): dates in any shape,
 * notes with emoji, right-to-left text, HTML and 100 000 characters, and whatever
 * sessionStorage hands back. Nothing may throw; the note must keep the text as typed.
 *
 * Reproducible: a fixed seed, overridable with FC_SEED (and FC_RUNS) to explore.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import type { GuideContent } from '../../src/lib/content/guide-content';
import { noteContext } from '../../src/lib/pages/note-context';
import { walkNodeModel as walkModel } from '../../src/lib/pages/walk-node';
import { formatShortDate, isValidIsoDate, parseNorwegianDate } from '../../src/lib/deadlines/calendar';
import { checkDateInput, MAX_YEARS_BACK } from '../../src/lib/deadlines/input';
import { emptyWalk, noteFor, recordAnswer, setDate, setNote, type Walk } from '../../src/lib/flow/walk';
import { parseWalk } from '../../src/lib/flow/walk-read';
import { translator } from '../../src/lib/i18n';
import type { Language } from '../../src/lib/i18n/languages';
import { buildNote } from '../../src/lib/outputs/note';
import { noteToPlainText } from '../../src/lib/outputs/note-text';
import type { NoteModel } from '../../src/lib/outputs/note-model';
import { setRecordField as setNoteField, TEXT_FIELDS, type RecordFieldId as NoteFieldId } from '../../src/lib/flow/record';

const SEED = Number(process.env.FC_SEED ?? 20_270_323);
const RUNS = Number(process.env.FC_RUNS ?? 200);
const FC_OPTIONS = { seed: SEED, numRuns: RUNS };
/** For properties that build a whole note per run. */
const NOTE_OPTIONS = { seed: SEED, numRuns: Math.max(10, Math.round(RUNS / 4)) };

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

const PARSE_ERRORS = ['empty', 'format', 'impossible'];
const INPUT_ERRORS = [...PARSE_ERRORS, 'future', 'tooOld', 'tooFar'];

/** An oracle written independently of calendar.ts: the Gregorian leap-year rule. */
function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function expectWellFormedParse(input: string): void {
	let result: ReturnType<typeof parseNorwegianDate> | undefined;
	expect(() => (result = parseNorwegianDate(input)), JSON.stringify(input)).not.toThrow();
	if (!result) throw new Error('unreachable');
	if (result.ok) {
		expect(isValidIsoDate(result.date), JSON.stringify(input)).toBe(true);
		// The ISO date and the Norwegian short form both read back as the same day.
		expect(parseNorwegianDate(result.date)).toEqual(result);
		expect(parseNorwegianDate(formatShortDate(result.date))).toEqual(result);
	} else {
		expect(PARSE_ERRORS, JSON.stringify(input)).toContain(result.error);
	}
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyText = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.string({ unit: 'binary' }),
	fc.array(fc.oneof(fc.string({ maxLength: 3 }), loneSurrogate)).map((p) => p.join(''))
);

const SPACE = fc.constantFrom('', '', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff');
const SEPARATOR = fc.constantFrom('.', '/', '-', ' ', ',', ':', '..', '', '\u2024', '．', '\u2212');
/** A number written with 0–2 extra leading zeros. */
const digits = (max: number) =>
	fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 2 })).map(([n, zeros]) => '0'.repeat(zeros) + String(n));

/** Something shaped like a typed date: day, month, year, separators, spaces around. */
const dateLike = fc.record({
	before: SPACE,
	day: digits(40),
	first: SEPARATOR,
	month: digits(14),
	second: SEPARATOR,
	year: fc.oneof(digits(10_050), fc.integer({ min: 1990, max: 2100 }).map(String)),
	after: SPACE,
	iso: fc.boolean()
});
type DateLike = typeof dateLike extends fc.Arbitrary<infer T> ? T : never;
const textOf = (d: DateLike) =>
	d.iso ? `${d.before}${d.year}${d.first}${d.month}${d.second}${d.day}${d.after}` : `${d.before}${d.day}${d.first}${d.month}${d.second}${d.year}${d.after}`;

/** What parseNorwegianDate should say, from the rules in its documentation. */
function expectedParse(d: DateLike): { ok: true; date: string } | { ok: false; error: string } {
	const short = (s: string) => /^\d{1,2}$/.test(s);
	const shapeOk = d.iso
		? d.first === '-' && d.second === '-' && /^\d{4}$/.test(d.year) && short(d.month) && short(d.day)
		: ['.', '/', '-'].includes(d.first) && d.first === d.second && short(d.day) && short(d.month) && /^\d{4}$/.test(d.year);
	if (!shapeOk) return { ok: false, error: 'format' };
	const [year, month, day] = [Number(d.year), Number(d.month), Number(d.day)];
	if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, error: 'impossible' };
	return { ok: true, date: `${d.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Today minus MAX_YEARS_BACK years, 29 February becoming 1 March. */
function earliestAllowed(today: string): string {
	const [year, month, day] = today.split('-').map(Number) as [number, number, number];
	const back = year - MAX_YEARS_BACK;
	const iso = (y: number, m: number, dd: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
	return day > daysInMonth(back, month) ? iso(back, 3, 1) : iso(back, month, day);
}

const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const todayArb = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map(isoOf);

describe('dates the user types (property-based)', () => {
	it('parseNorwegianDate never throws on any text, and an accepted date round-trips', () => {
		fc.assert(fc.property(anyText, (input) => expectWellFormedParse(input)), FC_OPTIONS);
	});

	it('parseNorwegianDate accepts exactly the days that exist, in the documented shapes', () => {
		fc.assert(
			fc.property(dateLike, (d) => {
				const input = textOf(d);
				expectWellFormedParse(input);
				expect(parseNorwegianDate(input), JSON.stringify(input)).toEqual(expectedParse(d));
			}),
			FC_OPTIONS
		);
	});

	it('odd dates: impossible days, year 0 and 9999, leap years, other separators and digits', () => {
		const cases: [string, string][] = [
			['31.02.2027', 'impossible'],
			['30.02.2028', 'impossible'],
			['00.00.0000', 'impossible'],
			['01.01.0000', 'impossible'],
			['0000-01-01', 'impossible'],
			['31.12.0999', 'impossible'],
			['29.02.2100', 'impossible'],
			['29.02.1900', 'impossible'],
			['31.04.2027', 'impossible'],
			['32.01.2027', 'impossible'],
			['0.1.2027', 'impossible'],
			['1.13.2027', 'impossible'],
			['29.02.2000', '2000-02-29'],
			['29.02.2028', '2028-02-29'],
			['31.12.9999', '9999-12-31'],
			['9999-12-31', '9999-12-31'],
			['01.01.1000', '1000-01-01'],
			[' \t1.4.2027\u00a0\n', '2027-04-01'],
			['1/4/2027', '2027-04-01'],
			['1-4-2027', '2027-04-01'],
			['2027-3-29', '2027-03-29'],
			['01.01.10000', 'format'],
			['1.1.999', 'format'],
			['29.03.27', 'format'],
			['1.4/2027', 'format'],
			['', 'empty'],
			['   ', 'empty']
		];
		for (const [input, expected] of cases) {
			expectWellFormedParse(input);
			const result = parseNorwegianDate(input);
			expect(result.ok ? result.date : result.error, JSON.stringify(input)).toBe(expected);
		}
		// Shapes a user may well type: whatever the answer, it is a known one.
		for (const input of ['1. 4. 2027', '29 03 2027', '29,03,2027', '2027/03/29', '٢٩.٠٣.٢٠٢٧', '２９.０３.２０２７', '29.03.2027 kl. 10', '29.03.2027.', '+29.03.2027', '1e1.1.2027', '\u202e29.03.2027']) {
			expectWellFormedParse(input);
		}
	});

	it('checkDateInput never throws, and keeps dates between five years back and today', () => {
		// Inputs near today as well as anything at all, so the future and too-old limits are exercised.
		const input = fc.oneof(
			anyText.map((text) => (_today: string) => text),
			dateLike.map((d) => (_today: string) => textOf(d)),
			fc.tuple(fc.integer({ min: -(MAX_YEARS_BACK + 1) * 366, max: 400 }), fc.boolean()).map(([offset, iso]) => (today: string) => {
				const date = isoOf(new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000));
				return iso ? date : formatShortDate(date);
			})
		);
		fc.assert(
			fc.property(input, todayArb, fc.boolean(), (makeInput, today, allowFuture) => {
				const text = makeInput(today);
				const context = JSON.stringify({ text, today, allowFuture });
				let result: ReturnType<typeof checkDateInput> | undefined;
				expect(() => (result = checkDateInput(text, { allowFuture, today })), context).not.toThrow();
				if (!result) throw new Error('unreachable');
				const parsed = parseNorwegianDate(text);
				const earliest = earliestAllowed(today);
				if (result.ok) {
					expect(parsed, context).toEqual(result);
					if (!allowFuture) expect(result.date <= today, context).toBe(true);
					expect(result.date >= earliest, context).toBe(true);
					expect(result.date <= '2100-12-31', context).toBe(true);
				} else {
					expect(INPUT_ERRORS, context).toContain(result.error);
					if (result.error === 'future') expect(parsed.ok && !allowFuture && parsed.date > today, context).toBe(true);
					if (result.error === 'tooOld') expect(parsed.ok && parsed.date < earliest, context).toBe(true);
					if (result.error === 'tooFar') expect(parsed.ok && parsed.date > '2100-12-31', context).toBe(true);
					if (PARSE_ERRORS.includes(result.error)) expect(parsed, context).toEqual(result);
				}
			}),
			FC_OPTIONS
		);
	});
});

// ---------------------------------------------------------------------------
// Notes, built from the default content as tests/unit/note.test.ts does
// ---------------------------------------------------------------------------

const { content } = loadContent('content');
if (!content) throw new Error('default content does not load');
const guide: GuideContent = content;
const TODAY = '2027-03-23';
const ANSWERED_ON = '2027-03-22';
/** The default guide's shortest walk to an ending, as in note.test.ts. */
const PATH: [nodeId: string, answerId: string][] = [
	['start', 'nei'],
	['tjeneste', 'skole'],
	['sakstype', 'skolemiljo'],
	['niva-0-trinn-1', 'nei']
];
const DATE_IDS = guide.deadlines.dates.map((d) => d.id);

function answerOf(nodeId: string, answerId: string) {
	const page = guide.pages.nb.find((p) => p.frontmatter.id === nodeId);
	const model = page && walkModel(guide, page);
	const answer = model?.answers.find((a) => a.id === answerId);
	if (!model || !answer) throw new Error(`No answer ${answerId} on ${nodeId}`);
	return { node: model.node, answer };
}
const ANSWERS = PATH.map(([nodeId, answerId]) => answerOf(nodeId, answerId));

/**
 * The walk a user makes when typing `notes[i]` on step i: before answering (a draft that the
 * answer takes along), or afterwards from the summary (editing the recorded answer).
 */
function walkWithNotes(notes: string[], typedBefore: boolean): Walk {
	let walk = emptyWalk();
	ANSWERS.forEach(({ node, answer }, i) => {
		if (typedBefore) walk = setNote(walk, 'start', node.id, notes[i] ?? '');
		walk = recordAnswer(walk, 'start', node, answer, ANSWERED_ON);
	});
	if (!typedBefore) ANSWERS.forEach(({ node }, i) => (walk = setNote(walk, 'start', node.id, notes[i] ?? '')));
	return walk;
}

function noteOf(walk: Walk, lang: Language) {
	const t = translator(lang);
	const model = buildNote(walk, noteContext(guide, lang, t), lang, t, TODAY);
	return { model, text: noteToPlainText(model) };
}

/** noteToPlainText's layout of a note: each non-blank line indented, runs of blank lines shortened. */
const indented = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => (line.trim() ? `   ${line}` : ''))
		.join('\n');
const blankRunsShortened = (text: string) => text.replace(/\n{3,}/g, '\n\n');

const EMOJI = ['🙂', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇳🇴', '👍🏽', '❤️', '🧒🏿', '\u200d', '\ufe0f', '🫶'];
const HTML = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'</textarea><b>fet</b>',
	'&amp; &lt; &#x27;',
	'<!-- ',
	'"><svg onload=alert(1)>',
	'<style>*{display:none}</style>',
	"javascript:alert('x')",
	'{{note}} ${x} {#if true}',
	'<a href="https://example.org">lenke</a>'
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n\n', '\n   \n', '\t', '  ', '\u2028', '\u2029', '\u0085', '\f', '\v'];
const BIDI = ['\u202e', '\u202d', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u200e'];
const codePoints = (ranges: [number, number][]) =>
	fc.oneof(...ranges.map(([min, max]) => fc.integer({ min, max }))).map((c) => String.fromCodePoint(c));
/** Hebrew and Arabic letters, Arabic-Indic digits and presentation forms. */
const rtl = fc.string({ unit: codePoints([[0x05d0, 0x05ea], [0x0620, 0x064a], [0x0660, 0x0669], [0xfe70, 0xfefc]]), maxLength: 30 });

const noteText = fc
	.array(
		fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 20 }),
			fc.string({ unit: 'binary', maxLength: 20 }),
			fc.constantFrom(...EMOJI),
			rtl,
			fc.constantFrom(...BIDI),
			fc.constantFrom(...HTML),
			fc.constantFrom(...BREAKS),
			loneSurrogate,
			fc.constantFrom('Samtale med kontaktlærer. ', 'Kari (12) og Ola', '§ 13', 'æøå ÆØÅ', 'undefined', 'null', '[object Object]')
		),
		{ maxLength: 30 }
	)
	.map((parts) => parts.join(''));

const FIELD_IDS: readonly NoteFieldId[] = TEXT_FIELDS;

/** Every labelled value and every typed text in the note. */
function typedInNote(model: NoteModel): { id?: string; value: string }[] {
	const found: { id?: string; value: string }[] = [...model.facts, model.signature.author];
	for (const section of model.sections) {
		for (const block of section.blocks) {
			if (block.kind === 'rows') found.push(...block.rows);
			if (block.kind === 'text' && block.style === 'typed') found.push({ id: section.id, value: block.text });
		}
	}
	return found;
}

function expectNoteKept(walk: Walk, notes: string[], fields: Partial<Record<NoteFieldId, string>>, lang: Language): void {
	const { model, text } = noteOf(walk, lang);
	const steps = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'steps' ? b.steps : [])));
	notes.forEach((note, i) => {
		expect(walk.entries[i]?.note).toBe(note);
		expect(noteFor(walk, 'start', ANSWERS[i]?.node.id ?? '')).toBe(note);
		const step = steps.find((s) => s.index === i);
		// The start questions are facts in the header; only steps carry notes (and only steps ask for one).
		if (walk.entries[i]?.kind !== 'step') return expect(step).toBeUndefined();
		// The model keeps the note as typed, only trimmed at the ends.
		expect(step?.note).toBe(note.trim());
		if (note.trim()) expect(text).toContain(blankRunsShortened(indented(note.trim())));
	});
	for (const [id, value] of Object.entries(fields) as [NoteFieldId, string][]) {
		if (!value.trim()) continue;
		expect(typedInNote(model).map((r) => r.value), id).toContain(value.trim());
		for (const line of value.trim().split(/\r?\n/)) expect(text).toContain(line.trim());
	}
	// What sessionStorage keeps is exactly the walk.
	expect(parseWalk(JSON.stringify(walk))).toStrictEqual(walk);
}

describe('notes the user types (property-based)', { timeout: 60_000 }, () => {
	it('any date checkDateInput accepts on a step can be stored in the walk and shown in the note', () => {
		const dates = guide.deadlines.dates;
		const typed = fc.oneof(
			dateLike.map(textOf),
			fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${d}.${m}.999${y}`),
			fc.integer({ min: -(MAX_YEARS_BACK + 1) * 366, max: 3_000 }).map((offset) => formatShortDate(isoOf(new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000))))
		);
		fc.assert(
			fc.property(fc.constantFrom(...dates), typed, fc.constantFrom<Language>('nb', 'nn'), (date, text, lang) => {
				const checked = checkDateInput(text, { allowFuture: date.allowFuture, today: TODAY });
				if (!checked.ok) return;
				const walk = setDate(walkWithNotes(['', '', '', ''], true), date.id, checked.date);
				const { model } = noteOf(walk, lang);
				expect(model.facts.some((f) => f.id === `date-${date.id}`)).toBe(true);
				expect(parseWalk(JSON.stringify(walk))).toStrictEqual(walk);
			}),
			NOTE_OPTIONS
		);
	});

	it('emoji, right-to-left text, HTML and odd line breaks reach the model and the plain text unchanged', () => {
		const fields = fc.record(Object.fromEntries(FIELD_IDS.map((id) => [id, noteText])) as Record<NoteFieldId, typeof noteText>, {
			requiredKeys: []
		});
		fc.assert(
			fc.property(fc.array(noteText, { minLength: 4, maxLength: 4 }), fields, fc.boolean(), fc.constantFrom<Language>('nb', 'nn'), (notes, values, typedBefore, lang) => {
				let walk = walkWithNotes(notes, typedBefore);
				for (const [id, value] of Object.entries(values) as [NoteFieldId, string][]) walk = setNoteField(walk, id, value);
				expectNoteKept(walk, notes, values, lang);
			}),
			NOTE_OPTIONS
		);
	});

	it('a 100 000-character note of emoji, right-to-left text and HTML is kept whole, quickly', () => {
		const pattern = `Samtale med Kari 🙂👨‍👩‍👧‍👦 שלום עולם مرحبا بالعالم ٢٠٢٧ <script>alert(1)</script> &amp; \u202eomvendt\u202c\r\n\n\n   \n`;
		const long = Array.from(pattern.repeat(Math.ceil(100_000 / Array.from(pattern).length) + 1)).slice(0, 100_000).join('');
		expect(Array.from(long)).toHaveLength(100_000);
		const start = performance.now();
		const notes = [long, long, '', long];
		let walk = walkWithNotes(notes, true);
		walk = setNoteField(walk, 'nextSteps', long);
		walk = setDate(walk, 'undring', '2027-03-15');
		expectNoteKept(walk, notes, { nextSteps: long }, 'nb');
		expect(noteOf(walk, 'nn').text).toContain(blankRunsShortened(indented(long.trim())));
		// Everything above, four notes of 100 000 characters included, well within a frame budget on a laptop.
		expect(performance.now() - start).toBeLessThan(2_000);
	});

	it('random 100 000-grapheme notes are kept whole', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', minLength: 100_000, maxLength: 100_000 }), fc.boolean(), (note, typedBefore) => {
				expectNoteKept(walkWithNotes(['', note, '', ''], typedBefore), ['', note, '', ''], {}, 'nb');
			}),
			{ seed: SEED, numRuns: 3 }
		);
	});
});

// ---------------------------------------------------------------------------
// What sessionStorage hands back
// ---------------------------------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLabels = (v: unknown) => isRecord(v) && typeof v.nb === 'string' && typeof v.nn === 'string';
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function expectWalkShape(walk: Walk, context: string): void {
	expect(walk.version, context).toBe(1);
	expect(Array.isArray(walk.entries), context).toBe(true);
	for (const e of walk.entries) {
		for (const key of ['nodeId', 'path', 'kind', 'answerId', 'next', 'nextPath', 'note'] as const) {
			expect(typeof e[key], `${context} ${key}`).toBe('string');
		}
		expect(isLabels(e.title) && isLabels(e.answerLabel), context).toBe(true);
		expect(e.answeredOn, context).toMatch(ISO_SHAPE);
	}
	for (const key of ['drafts', 'dates', 'noteFields'] as const) {
		expect(isRecord(walk[key]), `${context} ${key}`).toBe(true);
		expect(Object.values(walk[key]).every((v) => typeof v === 'string'), `${context} ${key}`).toBe(true);
	}
	expect(Object.values(walk.dates).every((v) => ISO_SHAPE.test(v)), context).toBe(true);
	expect(Array.isArray(walk.consent) && walk.consent.every((id) => typeof id === 'string'), context).toBe(true);
}

const label = fc.oneof(fc.record({ nb: fc.string(), nn: fc.string() }), fc.anything());
const isoShaped = fc.oneof(
	fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map(isoOf),
	fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
);
const orAnything = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.anything() });
/** Entries that are mostly right, with any field possibly wrong or missing. */
const storedEntry = fc.record(
	{
		nodeId: orAnything(fc.constantFrom('start', 'tjeneste', 'sakstype', 'niva-0-trinn-1', 'ukjent')),
		path: orAnything(fc.string()),
		kind: orAnything(fc.constantFrom('start', 'question', 'step', 'safety')),
		title: label,
		question: label,
		answerId: orAnything(fc.string()),
		answerLabel: label,
		next: orAnything(fc.constantFrom('tjeneste', 'niva-0-trinn-2', 'ingen-bekymring', 'ukjent')),
		nextPath: orAnything(fc.string()),
		answeredOn: orAnything(isoShaped),
		note: orAnything(noteText),
		sets: fc.anything(),
		safetyConcern: fc.anything(),
		notApplicable: fc.anything()
	},
	{ requiredKeys: ['nodeId', 'path', 'kind', 'title', 'answerId', 'answerLabel', 'next', 'nextPath', 'answeredOn', 'note'] }
);
const storedWalk = fc.record(
	{
		version: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(0, 2, '1', true, null) }),
		entries: fc.oneof({ weight: 5, arbitrary: fc.array(storedEntry, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.anything() }),
		drafts: orAnything(fc.dictionary(fc.string(), orAnything(noteText))),
		dates: orAnything(fc.dictionary(fc.oneof(fc.constantFrom(...DATE_IDS), fc.string()), orAnything(isoShaped))),
		consent: orAnything(fc.array(orAnything(fc.string()))),
		noteFields: orAnything(fc.dictionary(fc.constantFrom(...FIELD_IDS), orAnything(noteText)))
	},
	{ requiredKeys: [] }
);

/** What sessionStorage could hold: JSON of anything, near-valid walks, or not JSON at all. */
const stored = fc.oneof(
	fc.jsonValue().map((v) => JSON.stringify(v)),
	fc.anything().map((v) => JSON.stringify(v) ?? null),
	storedWalk.map((v) => JSON.stringify(v)),
	anyText,
	fc.constant(null)
);

describe('walks read back from sessionStorage (property-based)', { timeout: 60_000 }, () => {
	it('parseWalk never throws and always returns a walk of the right shape', () => {
		fc.assert(
			fc.property(stored, (json) => {
				let walk: Walk | undefined;
				expect(() => (walk = parseWalk(json)), String(json)).not.toThrow();
				if (!walk) throw new Error('unreachable');
				expectWalkShape(walk, String(json).slice(0, 300));
				// Storing what was read and reading it again changes nothing.
				expect(parseWalk(JSON.stringify(walk))).toStrictEqual(walk);
			}),
			FC_OPTIONS
		);
	});

	it('a walk the user made survives storage exactly', () => {
		// Dates after 2100 cannot be typed (checkDateInput: tooFar) and are dropped when read.
		const caseDate = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map(isoOf);
		fc.assert(
			fc.property(fc.array(noteText, { minLength: 4, maxLength: 4 }), fc.boolean(), fc.subarray(DATE_IDS), caseDate, (notes, typedBefore, dateIds, date) => {
				let walk = walkWithNotes(notes, typedBefore);
				for (const id of dateIds) walk = setDate(walk, id, date);
				expect(parseWalk(JSON.stringify(walk))).toStrictEqual(walk);
			}),
			NOTE_OPTIONS
		);
	});

	it('every walk parseWalk accepts can be turned into a note', () => {
		// Found by this property: parseWalk let 2027-02-31 through, and the note then threw.
		fc.assert(
			fc.property(storedWalk, fc.constantFrom<Language>('nb', 'nn'), (value, lang) => {
				const walk = parseWalk(JSON.stringify(value));
				expect(() => noteOf(walk, lang), JSON.stringify(value).slice(0, 500)).not.toThrow();
			}),
			NOTE_OPTIONS
		);
	});

	it('a stored walk with an impossible date (2027-02-31) loses that date, and the note still builds', () => {
		const entry = { ...walkWithNotes(['', '', '', ''], true).entries[0], answeredOn: '2027-02-31' };
		for (const stored of [{ version: 1, entries: [], dates: { undring: '2027-02-31' } }, { version: 1, entries: [entry] }]) {
			const walk = parseWalk(JSON.stringify(stored));
			expect(() => noteOf(walk, 'nb'), JSON.stringify(stored)).not.toThrow();
		}
	});
});
