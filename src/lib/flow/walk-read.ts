/**
 * Reading a stored walk (sessionStorage, or a case file once decrypted). Whatever is stored may
 * have been edited, damaged or written by another version, and a page must never crash on it:
 * values that can be dropped without changing what the walk says are dropped (`repaired`); a walk
 * whose answers cannot be trusted is refused (`refused`), and the user is told either way.
 */
import type { Language } from '../i18n/languages';
import { isPlausibleDate } from '../deadlines/calendar';
import { emptyWalk, type Walk, type WalkEntry } from './walk';
import { isValidRecordValue } from './record';

const CASE_ID = /^[a-z0-9-]{8,64}$/;

export type ReadOutcome = 'empty' | 'ok' | 'repaired' | 'refused';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLabels(value: unknown): value is Record<Language, string> {
	return isRecord(value) && typeof value.nb === 'string' && typeof value.nn === 'string';
}

function isEntry(value: unknown): value is WalkEntry {
	return (
		isRecord(value) &&
		typeof value.nodeId === 'string' &&
		typeof value.path === 'string' &&
		typeof value.kind === 'string' &&
		isLabels(value.title) &&
		typeof value.answerId === 'string' &&
		isLabels(value.answerLabel) &&
		(value.conclusion === undefined || isLabels(value.conclusion)) &&
		typeof value.next === 'string' &&
		typeof value.nextPath === 'string' &&
		isPlausibleDate(value.answeredOn) &&
		(value.happenedOn === undefined || isPlausibleDate(value.happenedOn)) &&
		typeof value.note === 'string' &&
		(value.participants === undefined || typeof value.participants === 'string')
	);
}

/** The string values of a record that pass `valid`; `dropped` counts the rest. */
function strings(value: unknown, valid: (v: string, key: string) => boolean, counter: { dropped: number }): Record<string, string> {
	if (value === undefined) return {};
	if (!isRecord(value)) {
		counter.dropped++;
		return {};
	}
	const kept = Object.entries(value).filter(([k, v]) => typeof v === 'string' && valid(v, k));
	counter.dropped += Object.keys(value).length - kept.length;
	return Object.fromEntries(kept) as Record<string, string>;
}

/** Reads a stored walk, saying whether it was read as it was, repaired, or refused. */
export function readWalk(json: string | null): { walk: Walk; outcome: ReadOutcome } {
	if (!json) return { walk: emptyWalk(), outcome: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { walk: emptyWalk(), outcome: 'refused' };
	}
	if (!isRecord(data) || data.version !== 1 || !Array.isArray(data.entries) || !data.entries.every(isEntry)) {
		return { walk: emptyWalk(), outcome: 'refused' };
	}
	const counter = { dropped: 0 };
	const any = () => true;
	const consent = Array.isArray(data.consent) ? data.consent.filter((id): id is string => typeof id === 'string') : [];
	if (Array.isArray(data.consent)) counter.dropped += data.consent.length - consent.length;
	const walk: Walk = {
		version: 1,
		entries: data.entries,
		drafts: strings(data.drafts, any, counter),
		participantDrafts: strings(data.participantDrafts, any, counter),
		eventDrafts: strings(data.eventDrafts, isPlausibleDate, counter),
		// A tampered or corrupted date would break the deadlines and the note: drop it.
		dates: strings(data.dates, isPlausibleDate, counter),
		// Added after the first release: walks stored without them still load.
		consent,
		// A date, time or tick that is not one would break the note: drop it.
		noteFields: strings(data.noteFields, (v, id) => isValidRecordValue(id, v), counter),
		...(typeof data.caseId === 'string' && CASE_ID.test(data.caseId) ? { caseId: data.caseId } : {})
	};
	if (data.caseId !== undefined && walk.caseId === undefined) counter.dropped++;
	return { walk, outcome: counter.dropped > 0 ? 'repaired' : 'ok' };
}

/** Reads a stored walk; anything unreadable or from another version gives an empty walk. */
export function parseWalk(json: string | null): Walk {
	return readWalk(json).walk;
}
