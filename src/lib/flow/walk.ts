/**
 * The walk: the answers a user has given, in order, with the date and their own note.
 * Pure functions over plain data, so it can be stored in sessionStorage, tested without a
 * browser, and turned into the summary note. It knows nothing about specific steps: every
 * id and target comes from the content, carried in by the page the user answers on.
 */
import type { Language } from '../i18n/languages';

/** What a page tells the walk about itself when the user answers its question. */
export interface AnsweredNode {
	id: string;
	/** URL path below the language (same in both languages). */
	path: string;
	kind: string;
	/** Title in both languages, so the trail and the note follow a language switch. */
	title: Record<Language, string>;
	/** The question asked, in both languages (the note shows it with the answer). */
	question: Record<Language, string>;
	contactsGuardians: boolean;
	/** The page asks when its event happened (frister.yaml `events`). */
	recordsEvent?: true;
}

export interface ChosenAnswer {
	id: string;
	next: string;
	nextPath: string;
	label: Record<Language, string>;
	/** The answer as a statement for the record (content `conclusion`), when it has one. */
	conclusion?: Record<Language, string>;
	sets?: Record<string, string>;
	safetyConcern?: boolean;
}

export interface WalkEntry {
	nodeId: string;
	path: string;
	kind: string;
	title: Record<Language, string>;
	/** Missing in walks stored before the note existed. */
	question?: Record<Language, string>;
	answerId: string;
	answerLabel: Record<Language, string>;
	/**
	 * What the answer means, as the trail and the note quote it (read it with `conclusionOf`).
	 * Missing for answers without one and in walks stored before it existed: the label stands in.
	 */
	conclusion?: Record<Language, string>;
	next: string;
	nextPath: string;
	/** The day the answer was clicked (YYYY-MM-DD): metadata only, never shown as when something happened. */
	answeredOn: string;
	/**
	 * For a step that records an event (a conversation, a meeting, measures started): the day
	 * it happened, as the user gave it (default: the day of the answer). The note, the trail and
	 * the deadline checks use this date.
	 */
	happenedOn?: string;
	/** The user's own note for this pass ("Hva ble gjort? Hva ble avtalt?"). */
	note: string;
	/** Who took part (a meeting, a conversation), as the user wrote it; on steps whose content asks. */
	participants?: string;
	sets?: Record<string, string>;
	safetyConcern?: boolean;
	/** The step tells the user to contact the guardians, but violence or abuse is suspected. */
	notApplicable?: boolean;
}

export interface Walk {
	version: 1;
	entries: WalkEntry[];
	/** Notes typed on a step before it is answered, by node id. */
	drafts: Record<string, string>;
	/** Who took part, typed on a step before it is answered, by node id. */
	participantDrafts: Record<string, string>;
	/** Event dates typed on a step before it is answered, by node id (YYYY-MM-DD). */
	eventDrafts: Record<string, string>;
	/** Dates the user entered (the undring, decisions, agreed meetings), by date id, as YYYY-MM-DD. */
	dates: Record<string, string>;
	/** Ids of the consent checklist items the user has ticked. */
	consent: string[];
	/** The case's record for the note (the unit, the child's view, …), by field id: see record.ts. */
	noteFields: Record<string, string>;
	/**
	 * A random id for this case, made when the walk is first stored (walk-store.svelte.ts): the
	 * calendar's event UIDs carry it, so two children's meetings on one day stay two events.
	 */
	caseId?: string;
}

export function emptyWalk(): Walk {
	return { version: 1, entries: [], drafts: {}, participantDrafts: {}, eventDrafts: {}, dates: {}, consent: [], noteFields: {} };
}

/** What a step keeps as text for each pass: the user's note, and who took part. */
export type StepText = 'note' | 'participants';
const DRAFTS = { note: 'drafts', participants: 'participantDrafts' } as const satisfies Record<StepText, keyof Walk>;

/** Edits the note (or who took part) of one recorded answer (the note page lets the user edit each pass). */
export function setEntryNote(walk: Walk, index: number, note: string, field: StepText = 'note'): Walk {
	if (index < 0 || index >= walk.entries.length) return walk;
	return { ...walk, entries: walk.entries.map((e, i) => (i === index ? { ...e, [field]: note } : e)) };
}

export function setDate(walk: Walk, dateId: string, isoDate: string | undefined): Walk {
	const dates = { ...walk.dates };
	if (isoDate === undefined) delete dates[dateId];
	else dates[dateId] = isoDate;
	return { ...walk, dates };
}

/** Where the walk stands now: the target of the last answer, or the start page. */
export function currentNodeId(walk: Walk, startId: string): string {
	return walk.entries.at(-1)?.next ?? startId;
}

/** Index of the last time the walk answered `nodeId`, or -1. */
export function lastIndexOf(walk: Walk, nodeId: string): number {
	for (let i = walk.entries.length - 1; i >= 0; i--) if (walk.entries[i]?.nodeId === nodeId) return i;
	return -1;
}

/** The line the trail and the note quote for a recorded answer: its conclusion, else its label. */
export function conclusionOf(entry: Pick<WalkEntry, 'answerLabel' | 'conclusion'>, lang: Language): string {
	return entry.conclusion?.[lang] ?? entry.answerLabel[lang];
}

/**
 * An answer that leads back to its own step says «not yet» (the conversation is not held yet):
 * it records nothing, and the walk stands at the step until it is answered otherwise.
 */
export function isNotYet(nodeId: string, answer: Pick<ChosenAnswer, 'next'>): boolean {
	return answer.next === nodeId;
}

export function hasSafetyConcern(walk: Walk): boolean {
	return walk.entries.some((e) => e.safetyConcern);
}

/** Facts recorded by answers (`sets`), later answers winning: e.g. `{ service, caseType }`. */
export function factsOf(walk: Walk): Record<string, string> {
	return Object.assign({}, ...walk.entries.map((e) => e.sets ?? {}));
}

export type AnswerEffect =
	/** The node is where the walk stands: the answer is added. */
	| { kind: 'append' }
	/** The node was answered before with the same answer: nothing changes. */
	| { kind: 'unchanged'; index: number }
	/** The node was answered before, differently: later answers are dropped. */
	| { kind: 'replace'; index: number; dropped: number }
	/** The node is not on the walk (reached from the overview): the walk continues from it. */
	| { kind: 'jump' };

/** True when the walk has begun but neither stands at nor has passed `nodeId`. */
export function isOffWalk(walk: Walk, startId: string, nodeId: string): boolean {
	return walk.entries.length > 0 && currentNodeId(walk, startId) !== nodeId && lastIndexOf(walk, nodeId) === -1;
}

/** What answering `nodeId` with `answerId` would do, so the UI can warn before dropping answers. */
export function effectOfAnswer(walk: Walk, startId: string, nodeId: string, answerId: string): AnswerEffect {
	if (currentNodeId(walk, startId) === nodeId) return { kind: 'append' };
	const index = lastIndexOf(walk, nodeId);
	if (index === -1) return { kind: 'jump' };
	if (walk.entries[index]?.answerId === answerId) return { kind: 'unchanged', index };
	return { kind: 'replace', index, dropped: walk.entries.length - index - 1 };
}

/** Records an answer. Returns a new walk; the input is not changed. */
export function recordAnswer(
	walk: Walk,
	startId: string,
	node: AnsweredNode,
	answer: ChosenAnswer,
	answeredOn: string
): Walk {
	const effect = effectOfAnswer(walk, startId, node.id, answer.id);
	if (effect.kind === 'unchanged') return walk;
	if (isNotYet(node.id, answer)) return withdrawAnswer(walk, effect);
	const kept = effect.kind === 'replace' ? walk.entries.slice(0, effect.index) : walk.entries;
	const previous = effect.kind === 'replace' ? walk.entries[effect.index] : undefined;
	const previousNote = previous?.note ?? '';
	const participants = walk.participantDrafts[node.id] ?? previous?.participants;
	const happenedOn = node.recordsEvent ? (walk.eventDrafts[node.id] ?? previous?.happenedOn ?? answeredOn) : undefined;
	const concernBefore = kept.some((e) => e.safetyConcern);
	const entry: WalkEntry = {
		nodeId: node.id,
		path: node.path,
		kind: node.kind,
		title: node.title,
		question: node.question,
		answerId: answer.id,
		answerLabel: answer.label,
		...(answer.conclusion ? { conclusion: answer.conclusion } : {}),
		next: answer.next,
		nextPath: answer.nextPath,
		answeredOn,
		...(happenedOn ? { happenedOn } : {}),
		note: walk.drafts[node.id] ?? previousNote,
		...(participants ? { participants } : {}),
		...(answer.sets ? { sets: answer.sets } : {}),
		...(answer.safetyConcern ? { safetyConcern: true } : {}),
		...(node.contactsGuardians && concernBefore ? { notApplicable: true } : {})
	};
	const drafts = { ...walk.drafts };
	delete drafts[node.id];
	const participantDrafts = { ...walk.participantDrafts };
	delete participantDrafts[node.id];
	const eventDrafts = { ...walk.eventDrafts };
	delete eventDrafts[node.id];
	return { ...walk, entries: [...kept, entry], drafts, participantDrafts, eventDrafts };
}

/**
 * «Not yet» on a step answered before takes that answer back, with the answers after it: the walk
 * stands at the step again, and what the user wrote, who took part and the date they gave wait there as drafts.
 * Where the step is not answered (the walk stands there, or it is off the walk) nothing changes.
 */
function withdrawAnswer(walk: Walk, effect: Exclude<AnswerEffect, { kind: 'unchanged' }>): Walk {
	if (effect.kind !== 'replace') return walk;
	const withdrawn = walk.entries[effect.index];
	if (!withdrawn) return walk;
	const drafts = withdrawn.note ? { ...walk.drafts, [withdrawn.nodeId]: withdrawn.note } : walk.drafts;
	const participantDrafts = withdrawn.participants ? { ...walk.participantDrafts, [withdrawn.nodeId]: withdrawn.participants } : walk.participantDrafts;
	const eventDrafts = withdrawn.happenedOn ? { ...walk.eventDrafts, [withdrawn.nodeId]: withdrawn.happenedOn } : walk.eventDrafts;
	return { ...walk, entries: walk.entries.slice(0, effect.index), drafts, participantDrafts, eventDrafts };
}

/**
 * Sets the note (or who took part) for a node: the entry of its last answer when it has one and
 * the walk has moved on from it, otherwise the draft for the coming answer.
 */
export function setNote(walk: Walk, startId: string, nodeId: string, note: string, field: StepText = 'note'): Walk {
	const index = lastIndexOf(walk, nodeId);
	if (index !== -1 && currentNodeId(walk, startId) !== nodeId) return setEntryNote(walk, index, note, field);
	return { ...walk, [DRAFTS[field]]: { ...walk[DRAFTS[field]], [nodeId]: note } };
}

export function noteFor(walk: Walk, startId: string, nodeId: string, field: StepText = 'note'): string {
	const index = lastIndexOf(walk, nodeId);
	if (index !== -1 && currentNodeId(walk, startId) !== nodeId) return walk.entries[index]?.[field] ?? '';
	return walk[DRAFTS[field]][nodeId] ?? '';
}

/**
 * Sets when a step's event happened: on the entry of its last answer when the walk has moved
 * on from it, otherwise as the draft for the coming answer (like `setNote`).
 */
export function setEventDate(walk: Walk, startId: string, nodeId: string, date: string): Walk {
	const index = lastIndexOf(walk, nodeId);
	if (index !== -1 && currentNodeId(walk, startId) !== nodeId) {
		return { ...walk, entries: walk.entries.map((e, i) => (i === index ? { ...e, happenedOn: date } : e)) };
	}
	return { ...walk, eventDrafts: { ...walk.eventDrafts, [nodeId]: date } };
}

/** The event date shown on a step: recorded, drafted, or undefined (the field then suggests today). */
export function eventDateFor(walk: Walk, startId: string, nodeId: string): string | undefined {
	const index = lastIndexOf(walk, nodeId);
	const entry = index === -1 ? undefined : walk.entries[index];
	const recorded = entry ? (entry.happenedOn ?? entry.answeredOn) : undefined;
	if (entry && currentNodeId(walk, startId) !== nodeId) return recorded;
	return walk.eventDrafts[nodeId] ?? recorded;
}
