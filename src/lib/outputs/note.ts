/**
 * The note for the archive: one model built from the recorded walk, then rendered as the
 * printable document (NoteDocument.svelte) and as plain text for the archive (note-text.ts).
 * The model's types: note-model.ts.
 * Every string in the model is final wording in the chosen language: labels come from the
 * UI strings, names and titles from the content, everything else from what the user typed.
 *
 * Three kinds: the closing note (avslutningsnotat) for a closed case, the summary while it is
 * open, and the note on the report to the child welfare service or the police (the violence
 * path). The sections come in the order the archive reads them; the plain text follows the same.
 */
import type { Translate } from '../i18n';
import type { Language } from '../i18n/languages';
import { ARCHIVE_PLACEHOLDER, type NoteContext } from './note-context';
import { conclusionOf, factsOf, hasSafetyConcern, type Walk } from '../flow/walk';
import { recordChecked, recordChoices, recordDate, recordText, recordTime, REPORT_FIELDS, type RecordFieldId } from '../flow/record';
import { formatShortDate, type IsoDate } from '../deadlines/calendar';
import type { ComputedDeadline } from '../deadlines/compute';
import { deadlinesOfWalk } from '../deadlines/walk-deadlines';
import { describeDeadline, formatLongDate } from '../deadlines/format';
import type { NoteKind, NoteRow, NoteCheck, NoteStep, NoteDeadline, NoteBlock, NoteSection, NoteModel } from './note-model';

/** The record system the note is filed in: the service's own, or the municipality's archive. */
export function archiveSystemOf(walk: Walk, context: NoteContext): string {
	const service = factsOf(walk).service;
	return (service !== undefined && Object.hasOwn(context.archive.byService, service) ? context.archive.byService[service] : undefined) ?? context.archive.default;
}

/** The label of the answer that recorded a fact (`sets: { service: … }`), in `lang`. */
function factLabel(walk: Walk, fact: string, lang: Language): string | undefined {
	const entry = walk.entries.findLast((e) => e.sets?.[fact] !== undefined);
	return entry?.answerLabel[lang];
}

/** Where the walk ended: the ending its last answer led to, if any. */
function endingOf(walk: Walk, context: NoteContext) {
	const last = walk.entries.at(-1);
	return last && Object.hasOwn(context.endings, last.next) ? context.endings[last.next] : undefined;
}

export function noteKind(walk: Walk, context: NoteContext): NoteKind {
	const outcome = endingOf(walk, context)?.outcome;
	if (outcome === 'referred') return 'report';
	return outcome === 'closed-no-concern' || outcome === 'closed-after-measures' ? 'closing' : 'summary';
}

function decisionText(walk: Walk, context: NoteContext, t: Translate): string {
	const last = walk.entries.at(-1);
	if (!last) return t('note.decisionNone');
	const ending = endingOf(walk, context);
	if (ending) return ending.title;
	const node = context.nodes[last.next];
	if (!node) return t('note.decisionNone');
	return t('note.decisionOngoing', { where: placeOf(node, t) });
}

function placeOf(node: { title: string; level?: string; step?: number }, t: Translate): string {
	return node.level !== undefined && node.step !== undefined ? t('note.whereStep', { level: node.level, step: node.step, title: node.title }) : node.title;
}

/** A deadline in absolute dates only: a filed note must not say «3 dager igjen». */
function deadlineStatus(deadline: ComputedDeadline, t: Translate): string {
	const done = describeDeadline(deadline, t).done;
	const due = deadline.due ? formatShortDate(deadline.due) : undefined;
	if (done) return due ? t('note.deadlineDone', { done, date: due }) : done;
	return due ? t('note.deadlineOpen', { date: due }) : t('note.deadlineOpenAsap');
}

export function buildNote(walk: Walk, context: NoteContext, lang: Language, t: Translate, today: IsoDate): NoteModel {
	const kind = noteKind(walk, context);
	const text = (id: RecordFieldId) => recordText(walk, id);
	const shortDate = (id: RecordFieldId) => {
		const date = recordDate(walk, id);
		return date ? formatShortDate(date) : '';
	};
	/** Pages the walk has answered, and the ending it stands on. */
	const visited = new Set([...walk.entries.map((e) => e.nodeId), ...(walk.entries.at(-1) ? [walk.entries.at(-1)!.next] : [])]);
	/** A field belongs in the note when filled in, or when a page the case went through asks for it. */
	const belongs = (id: RecordFieldId | 'participants' | 'report') =>
		(id !== 'participants' && id !== 'report' && text(id) !== '') || (context.askedAt[id] ?? []).some((page) => visited.has(page));
	const row = (id: string, label: string, value: string): NoteRow => ({ id, label, value });
	const field = (id: RecordFieldId, value = text(id)) => row(id, t(`note.field.${id}`), value);
	const typedText = (value: string): NoteBlock =>
		value ? { kind: 'text', text: value, style: 'typed' } : { kind: 'text', text: t('note.notFilled'), style: 'placeholder' };
	const check = (id: RecordFieldId, label: string): NoteCheck => ({ id, checked: recordChecked(walk, id), text: label });

	// The case. The start questions' answers are facts here, never steps; the safety answer only when it was yes.
	const facts: NoteRow[] = [row('municipality', t('note.field.municipality'), context.municipality), field('unit')];
	const service = factLabel(walk, 'service', lang);
	if (service) facts.push(row('service', t('note.field.service'), service));
	const caseType = factLabel(walk, 'caseType', lang);
	if (caseType) facts.push(row('caseType', t('note.field.caseType'), caseType));
	if (text('child')) facts.push(field('child'));
	for (const date of context.dates) {
		const value = walk.dates[date.id];
		if (value) facts.push(row(`date-${date.id}`, date.label, formatLongDate(value, t)));
	}
	if (belongs('stafettholder')) facts.push(field('stafettholder'));
	if (kind !== 'report' && hasSafetyConcern(walk)) facts.push(row('safety', t('note.field.safety'), t('note.yes')));
	const archiveSystem = archiveSystemOf(walk, context);
	facts.push(row('archive', t('note.field.archive'), archiveSystem));
	facts.push(row('writtenOn', t('note.field.writtenOn'), formatLongDate(today, t)));

	const steps: NoteStep[] = [
		...walk.entries.flatMap((entry, index): Omit<NoteStep, 'number'>[] => {
			// The start questions (safety, service, case type) are facts above, not steps.
			if (entry.kind !== 'step') return [];
			const participants = (entry.participants ?? '').trim();
			return [
				{
					index,
					title: placeOf({ ...context.nodes[entry.nodeId], title: entry.title[lang] }, t),
					// The answer as the statement it makes for the record, never a bare «Ja».
					answer: conclusionOf(entry, lang),
					...(entry.happenedOn ? { happenedOn: formatShortDate(entry.happenedOn) } : {}),
					...(participants ? { participants: row('participants', t('note.field.participants'), participants) } : {}),
					note: entry.note.trim(),
					...(entry.notApplicable ? { notApplicable: t('walk.notApplicableShort') } : {})
				}
			];
		}),
		...unansweredSteps(walk, context, t)
	].map((step, i) => ({ ...step, number: i + 1 }));
	const stepsSection: NoteSection = {
		id: 'steps',
		heading: t('note.heading.steps'),
		blocks: [steps.length > 0 ? { kind: 'steps', steps } : { kind: 'text', text: t('note.noSteps') }]
	};
	const decisionSection: NoteSection = {
		id: 'decision',
		heading: t('note.heading.decision'),
		blocks: [
			{ kind: 'text', text: decisionText(walk, context, t) },
			...(hasSafetyConcern(walk) && kind !== 'report' ? [{ kind: 'text', text: t('note.safety'), style: 'strong' } as const] : [])
		]
	};

	const report = reportSections(walk, context, t, { row, field, typedText, check, shortDate });
	// What she wrote on the safety page stays in the record when the case went on in the guide.
	const reported = REPORT_FIELDS.some((id) => (walk.noteFields[id] ?? '').trim() !== '');
	const sections: NoteSection[] =
		kind === 'report'
			? [...report, ...(steps.length > 0 ? [stepsSection] : []), decisionSection]
			: [
					...(reported ? report : []),
					stepsSection,
					...(['childView', 'guardiansView', 'goals', 'evaluation'] as const)
						.filter((id) => belongs(id))
						.map((id): NoteSection => ({ id, heading: t(`note.heading.${id}`), blocks: [typedText(text(id))] })),
					deadlinesSection(walk, context, t, today),
					decisionSection,
					consentSection(walk, context, t, shortDate('consentSignedOn'), archiveSystem),
					{
						id: 'followUp',
						heading: t('note.heading.followUp'),
						blocks:
							kind === 'closing'
								? [
										{ kind: 'checks', checks: [check('familyInformed', t('note.check.familyInformed'))] },
										{
											kind: 'rows',
											rows: [
												...(belongs('logClosedOn') ? [row('logClosedOn', t('note.field.logClosedOn', { log: context.logTool }), shortDate('logClosedOn'))] : []),
												// What remains to be done after a closed case, only if the user wrote it.
												...(['nextSteps', 'responsible', 'nextMeeting'] as const).filter((id) => text(id)).map((id) => field(id))
											]
										}
									]
								: [{ kind: 'rows', rows: [field('nextSteps'), field('responsible'), field('nextMeeting')] }]
					}
				];

	return {
		lang,
		kind,
		title: context.titles[kind],
		confidentiality: context.confidentiality,
		facts,
		sections: sections.map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.kind !== 'rows' || b.rows.length > 0) })),
		signature: {
			heading: t('note.heading.signature'),
			author: field('author'),
			placeAndDate: t('note.placeAndDate'),
			signature: t('note.signature')
		},
		archiveSystem
	};
}

function deadlinesSection(walk: Walk, context: NoteContext, t: Translate, today: IsoDate): NoteSection {
	const rulesById = new Map(context.rules.map((r) => [r.id, r]));
	const deadlines = deadlinesOfWalk(context.rules, walk, today).flatMap((computed): NoteDeadline[] => {
		const rule = rulesById.get(computed.ruleId);
		return rule ? [{ id: rule.id, label: rule.label, status: deadlineStatus(computed, t) }] : [];
	});
	return {
		id: 'deadlines',
		heading: t('note.heading.deadlines'),
		blocks: [deadlines.length > 0 ? { kind: 'deadlines', deadlines } : { kind: 'text', text: t('note.noDeadlines') }]
	};
}

/** Each checklist item by its text, ticked or not, and the day consent to the log was signed. */
function consentSection(walk: Walk, context: NoteContext, t: Translate, signedOn: string, archiveSystem: string): NoteSection {
	const ticked = new Set(walk.consent);
	// A step that asks for consent before others are involved, left for more than an ending: a case
	// closed at such a step (Nivå 0 trinn 4, «no further follow-up») never needed it, and a list of
	// empty boxes would read as consent missing.
	const needed = walk.entries.some((e) => context.consent.neededAt.includes(e.nodeId) && !Object.hasOwn(context.endings, e.next));
	const anyTicked = context.consent.items.some((i) => ticked.has(i.id));
	const signed = signedOn ? [{ id: 'consentSignedOn', label: t('note.field.consentSignedOn', { log: context.logTool }), value: signedOn }] : [];
	const blocks: NoteBlock[] =
		needed || anyTicked || signed.length > 0
			? [
					{
						kind: 'checks',
						checks: context.consent.items.map((i) => ({ id: i.id, checked: ticked.has(i.id), text: i.text.replaceAll(ARCHIVE_PLACEHOLDER, archiveSystem) }))
					},
					{ kind: 'rows', rows: signed }
				]
			: [{ kind: 'text', text: t('note.consentNotNeeded') }];
	return { id: 'consent', heading: t('note.heading.consent'), blocks };
}

interface FieldHelpers {
	row: (id: string, label: string, value: string) => NoteRow;
	field: (id: RecordFieldId, value?: string) => NoteRow;
	typedText: (value: string) => NoteBlock;
	check: (id: RecordFieldId, label: string) => NoteCheck;
	shortDate: (id: RecordFieldId) => string;
}

/** The violence path: what was observed, whom she called and what they advised, the written report, the guardians. */
function reportSections(walk: Walk, context: NoteContext, t: Translate, h: FieldHelpers): NoteSection[] {
	const when = (date: RecordFieldId, time: RecordFieldId) => {
		const day = h.shortDate(date);
		const clock = recordTime(walk, time);
		return day && clock ? t('note.dateTime', { date: day, time: clock }) : day || (clock ? t('note.time', { time: clock }) : '');
	};
	const names = new Map(context.contacts.map((c) => [c.id, c.name]));
	const contacted = recordChoices(walk, 'contacted').flatMap((id) => names.get(id) ?? []);
	const sent = recordChecked(walk, 'reportSent');
	return [
		{
			id: 'observed',
			heading: t('note.heading.observed'),
			blocks: [{ kind: 'rows', rows: [h.field('observedOn', when('observedOn', 'observedAt'))] }, h.typedText(recordText(walk, 'observation'))]
		},
		{
			id: 'contact',
			heading: t('note.heading.contact'),
			blocks: [
				{
					kind: 'rows',
					rows: [h.field('contacted', contacted.join(', ')), h.field('contactedOn', when('contactedOn', 'contactedAt')), h.field('advice')]
				}
			]
		},
		{
			id: 'writtenReport',
			heading: t('note.heading.writtenReport'),
			blocks: [
				{ kind: 'checks', checks: [h.check('reportSent', t('note.check.reportSent'))] },
				{ kind: 'rows', rows: sent ? [h.field('reportSentOn', h.shortDate('reportSentOn'))] : [] }
			]
		},
		{
			id: 'guardians',
			heading: t('note.heading.guardians'),
			blocks: [
				{ kind: 'checks', checks: [h.check('guardiansNotInformed', t('note.check.guardiansNotInformed'))] },
				{ kind: 'rows', rows: [h.field('guardiansNotInformedWhy')] }
			]
		}
	];
}

/**
 * Notes typed on steps the user left with «Neste trinn» instead of answering: they reach the
 * note too, marked as not answered yet.
 */
function unansweredSteps(walk: Walk, context: NoteContext, t: Translate): Omit<NoteStep, 'number'>[] {
	return Object.entries(walk.drafts)
		.filter(([id, text]) => text.trim() !== '' && context.nodes[id] !== undefined)
		.map(([id, text], i) => ({
			index: walk.entries.length + i,
			title: placeOf(context.nodes[id]!, t),
			answer: t('caseFile.notAnswered'),
			note: text.trim()
		}));
}
