/**
 * The note for the archive: one model built from the recorded walk, then rendered as the
 * printable document (NoteDocument.svelte) and as plain text for WebSak (noteToPlainText).
 * Every string in the model is final wording in the chosen language: labels come from the
 * UI strings, names and titles from the content, everything else from what the user typed.
 */
import type { Translate } from '../i18n';
import type { Language } from '../i18n/languages';
import type { NoteContext } from './note-context';
import { conclusionOf, factsOf, hasSafetyConcern, type Walk } from '../flow/walk';
import type { IsoDate } from '../deadlines/calendar';
import { deadlinesOfWalk } from '../deadlines/walk-deadlines';
import { describeDeadline, formatLongDate } from '../deadlines/format';
import { consentProgress } from './consent';

/** The free-text fields the user fills in on the note page; stored in `walk.noteFields`. */
export const NOTE_FIELDS = ['child', 'nextSteps', 'responsible', 'nextMeeting', 'author'] as const;
export type NoteFieldId = (typeof NOTE_FIELDS)[number];

export interface NoteRow {
	id: string;
	label: string;
	value: string;
}

export interface NoteStep {
	index: number;
	title: string;
	question?: string;
	answer: string;
	/** When the step's event happened, in words; only for steps that record an event. */
	happenedOn?: string;
	/** The user's note, exactly as typed (rendered as text, never as HTML). */
	note: string;
	/** Set when the safety rule meant the step was not carried out. */
	notApplicable?: string;
}

export interface NoteDeadline {
	id: string;
	label: string;
	rule: string;
	/** Due date, status and source in words, one line each. */
	lines: string[];
}

export interface NoteModel {
	lang: Language;
	kind: 'closing' | 'summary';
	title: string;
	confidentiality: string;
	/** Municipality, service, case type, date written, the child, the recorded dates. */
	facts: NoteRow[];
	headings: Record<'steps' | 'deadlines' | 'decision' | 'followUp' | 'consent' | 'signature', string>;
	steps: NoteStep[];
	noStepsText: string;
	emptyNoteText: string;
	deadlines: NoteDeadline[];
	noDeadlinesText: string;
	decision: string;
	/** Said when violence or abuse was suspected on the walk. */
	safety?: string;
	followUp: NoteRow[];
	consent: string;
	signature: { author: NoteRow; placeAndDate: string; signature: string };
}

export function setNoteField(walk: Walk, fieldId: NoteFieldId, value: string): Walk {
	return { ...walk, noteFields: { ...walk.noteFields, [fieldId]: value } };
}

/** The label of the answer that recorded a fact (`sets: { service: … }`), in `lang`. */
function factLabel(walk: Walk, fact: string, lang: Language): string | undefined {
	const entry = walk.entries.findLast((e) => e.sets?.[fact] !== undefined);
	return entry?.answerLabel[lang];
}

function decisionText(walk: Walk, context: NoteContext, t: Translate): string {
	const last = walk.entries.at(-1);
	if (!last) return t('note.decisionNone');
	const ending = context.endings[last.next];
	if (ending) return ending.title;
	const node = context.nodes[last.next];
	if (!node) return t('note.decisionNone');
	const where =
		node.level !== undefined && node.step !== undefined
			? t('note.whereStep', { level: node.level, step: node.step, title: node.title })
			: node.title;
	return t('note.decisionOngoing', { where });
}

export function buildNote(walk: Walk, context: NoteContext, lang: Language, t: Translate, today: IsoDate): NoteModel {
	const last = walk.entries.at(-1);
	const outcome = last ? context.endings[last.next]?.outcome : undefined;
	const kind = outcome === 'closed-no-concern' ? 'closing' : 'summary';
	const field = (id: NoteFieldId) => (walk.noteFields[id] ?? '').trim();
	const row = (id: NoteFieldId | 'municipality' | 'service' | 'caseType' | 'writtenOn', value: string): NoteRow => ({ id, label: t(`note.field.${id}`), value });

	const facts: NoteRow[] = [row('municipality', context.municipality)];
	const service = factLabel(walk, 'service', lang);
	if (service) facts.push(row('service', service));
	const caseType = factLabel(walk, 'caseType', lang);
	if (caseType) facts.push(row('caseType', caseType));
	facts.push(row('writtenOn', formatLongDate(today, t)));
	for (const date of context.dates) {
		const value = walk.dates[date.id];
		if (value) facts.push({ id: `date-${date.id}`, label: date.label, value: formatLongDate(value, t) });
	}
	if (field('child')) facts.push(row('child', field('child')));

	const rulesById = new Map(context.rules.map((r) => [r.id, r]));
	const deadlines = deadlinesOfWalk(context.rules, walk, today).flatMap((computed): NoteDeadline[] => {
		const rule = rulesById.get(computed.ruleId);
		if (!rule) return [];
		const words = describeDeadline(computed, t);
		const lines = [words.due, words.fallsOn, words.recommended, words.done, words.remaining].filter((l): l is string => !!l);
		lines.push(t('deadline.source', { source: rule.source }));
		return [{ id: rule.id, label: rule.label, rule: rule.rule, lines }];
	});

	const consentNeeded = walk.entries.some((e) => context.consent.neededAt.includes(e.nodeId));
	const progress = consentProgress(walk, context.consent.itemIds);

	return {
		lang,
		kind,
		title: context.titles[kind],
		confidentiality: context.confidentiality,
		facts,
		headings: {
			steps: t('note.heading.steps'),
			deadlines: t('note.heading.deadlines'),
			decision: t('note.heading.decision'),
			followUp: t('note.heading.followUp'),
			consent: t('note.heading.consent'),
			signature: t('note.heading.signature')
		},
		steps: [...walk.entries.map((entry, index) => ({
			index,
			title: entry.title[lang],
			// A question page's title is often its question: say it once.
			...(entry.question && entry.question[lang] !== entry.title[lang] ? { question: entry.question[lang] } : {}),
			// The answer as the statement it makes for the record, never a bare «Ja».
			answer: conclusionOf(entry, lang),
			...(entry.happenedOn ? { happenedOn: formatLongDate(entry.happenedOn, t) } : {}),
			note: entry.note.trim(),
			...(entry.notApplicable ? { notApplicable: t('walk.notApplicableShort') } : {})
		})), ...unansweredSteps(walk, context, t)],
		noStepsText: t('note.noSteps'),
		emptyNoteText: t('note.emptyNote'),
		deadlines,
		noDeadlinesText: t('note.noDeadlines'),
		decision: decisionText(walk, context, t),
		...(hasSafetyConcern(walk) ? { safety: t('note.safety') } : {}),
		followUp: [row('nextSteps', field('nextSteps')), row('responsible', field('responsible')), row('nextMeeting', field('nextMeeting'))],
		consent:
			consentNeeded || progress.checked > 0
				? t('note.consentStatus', { checked: progress.checked, total: progress.total })
				: t('note.consentNotNeeded'),
		signature: {
			author: row('author', field('author')),
			placeAndDate: t('note.placeAndDate'),
			signature: t('note.signature')
		}
	};
}

/** Text wrapped with an indent, so a long note stays readable when pasted into WebSak. */
function indented(text: string, indent = '   '): string {
	return text
		.split(/\r?\n/)
		.map((line) => (line.trim() ? `${indent}${line}` : ''))
		.join('\n');
}

/** The note as plain text: what «Kopier tekst» copies and «Last ned» saves. */
export function noteToPlainText(note: NoteModel): string {
	const out: string[] = [note.confidentiality, '', note.title.toUpperCase(), ''];
	const rows = (list: NoteRow[]) => list.map((r) => `${r.label}: ${r.value}`);
	const heading = (text: string) => out.push('', text, '-'.repeat(text.length));

	out.push(...rows(note.facts));

	heading(note.headings.steps);
	if (note.steps.length === 0) out.push(note.noStepsText);
	for (const step of note.steps) {
		out.push(`${step.index + 1}. ${step.title}`);
		const asked = step.question ? `${step.question} ` : '';
		out.push(indented(`${asked}${step.answer}${step.notApplicable ? ` (${step.notApplicable})` : ''}${step.happenedOn ? ` – ${step.happenedOn}` : ''}`));
		out.push(indented(step.note || note.emptyNoteText));
	}

	heading(note.headings.deadlines);
	if (note.deadlines.length === 0) out.push(note.noDeadlinesText);
	for (const deadline of note.deadlines) {
		out.push(`- ${deadline.label} (${deadline.rule})`);
		out.push(...deadline.lines.map((line) => indented(line)));
	}

	heading(note.headings.decision);
	out.push(note.decision);
	if (note.safety) out.push(note.safety);

	heading(note.headings.followUp);
	out.push(...rows(note.followUp));

	heading(note.headings.consent);
	out.push(note.consent);

	heading(note.headings.signature);
	out.push(`${note.signature.author.label}: ${note.signature.author.value}`);
	out.push(`${note.signature.placeAndDate}: ____________________`);
	out.push(`${note.signature.signature}: ____________________`);

	return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** A file name for the downloaded note, e.g. `oppsummering-2027-03-23.txt`. */
export function noteFileName(note: NoteModel, today: IsoDate): string {
	const slug = note.title
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug || 'notat'}-${today}.txt`;
}

/**
 * Notes typed on steps the user left with «Neste trinn» instead of answering: they reach the
 * note too, marked as not answered yet.
 */
function unansweredSteps(walk: Walk, context: NoteContext, t: Translate): NoteStep[] {
	return Object.entries(walk.drafts)
		.filter(([id, text]) => text.trim() !== '' && context.nodes[id] !== undefined)
		.map(([id, text], i) => ({
			index: walk.entries.length + i,
			title: context.nodes[id]?.title ?? id,
			answer: t('caseFile.notAnswered'),
			note: text.trim()
		}));
}
