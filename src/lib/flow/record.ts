/**
 * The case's record: the fields the note to the archive is made of besides the steps (the unit,
 * the child's and the guardians' views, goals and measures, the evaluation, consent and closing
 * dates, and on the violence path what was seen, whom she called and what she was told). The
 * user fills them in on the pages whose content lists them (`record:`) and on the note page;
 * they are kept in `walk.noteFields`, one string each, so a stored walk stays plain JSON.
 */
import { isPlausibleDate, type IsoDate } from '../deadlines/calendar';
import type { Walk } from './walk';

/**
 * How a field is typed and kept: `text` one line, `longText` several, `date` YYYY-MM-DD, `time`
 * HH:MM, `check` 'ja' when ticked, `choices` ids separated by spaces.
 */
export type RecordFieldKind = 'text' | 'longText' | 'date' | 'time' | 'check' | 'choices';

export const RECORD_FIELDS = {
	// The case
	unit: 'text',
	child: 'text',
	stafettholder: 'text',
	childView: 'longText',
	guardiansView: 'longText',
	goals: 'longText',
	evaluation: 'longText',
	consentSignedOn: 'date',
	// Follow-up and signature
	nextSteps: 'longText',
	responsible: 'text',
	nextMeeting: 'text',
	familyInformed: 'check',
	logClosedOn: 'date',
	author: 'text',
	// The violence path: what was observed, whom she called, the written report, the guardians
	observedOn: 'date',
	observedAt: 'time',
	observation: 'longText',
	contacted: 'choices',
	contactedOn: 'date',
	contactedAt: 'time',
	advice: 'longText',
	reportSent: 'check',
	reportSentOn: 'date',
	guardiansNotInformed: 'check',
	guardiansNotInformedWhy: 'longText'
} as const satisfies Record<string, RecordFieldKind>;

export type RecordFieldId = keyof typeof RECORD_FIELDS;

/**
 * The fields of the violence path, in the order the safety page and the note show them: what was
 * observed, whom she called and what they advised, the written report, the guardians.
 */
export const REPORT_GROUPS = {
	observed: ['observedOn', 'observedAt', 'observation'],
	contact: ['contacted', 'contactedOn', 'contactedAt', 'advice'],
	writtenReport: ['reportSent', 'reportSentOn'],
	guardians: ['guardiansNotInformed', 'guardiansNotInformedWhy']
} as const satisfies Record<string, readonly RecordFieldId[]>;

export type ReportGroup = keyof typeof REPORT_GROUPS;

export const REPORT_FIELDS: readonly RecordFieldId[] = Object.values(REPORT_GROUPS).flat();

/** Fields that take any text the user types. */
export const TEXT_FIELDS = (Object.keys(RECORD_FIELDS) as RecordFieldId[]).filter((id) => {
	const kind = RECORD_FIELDS[id];
	return kind === 'text' || kind === 'longText';
});

export const CHECKED = 'ja';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CHOICES = /^[a-z0-9-]+( [a-z0-9-]+)*$/;

/** Whether a stored value fits its field (a damaged or edited stored walk is repaired on reading). */
export function isValidRecordValue(id: string, value: string): boolean {
	const kind = (RECORD_FIELDS as Record<string, RecordFieldKind>)[id];
	if (kind === 'date') return isPlausibleDate(value);
	if (kind === 'time') return TIME.test(value);
	if (kind === 'check') return value === CHECKED;
	if (kind === 'choices') return CHOICES.test(value);
	return true;
}

/** Sets a field; an empty value (or an unticked box) removes it. */
export function setRecordField(walk: Walk, id: RecordFieldId, value: string | boolean | readonly string[]): Walk {
	const text = typeof value === 'boolean' ? (value ? CHECKED : '') : typeof value === 'string' ? value : value.join(' ');
	const noteFields = { ...walk.noteFields };
	if (text === '') delete noteFields[id];
	else noteFields[id] = text;
	return { ...walk, noteFields };
}

/** The field as typed, trimmed at the ends. */
export function recordText(walk: Walk, id: RecordFieldId): string {
	return (walk.noteFields[id] ?? '').trim();
}

export function recordDate(walk: Walk, id: RecordFieldId): IsoDate | undefined {
	const value = walk.noteFields[id];
	return isPlausibleDate(value) ? value : undefined;
}

export function recordTime(walk: Walk, id: RecordFieldId): string | undefined {
	const value = walk.noteFields[id];
	return value !== undefined && TIME.test(value) ? value : undefined;
}

export function recordChecked(walk: Walk, id: RecordFieldId): boolean {
	return walk.noteFields[id] === CHECKED;
}

export function recordChoices(walk: Walk, id: RecordFieldId): string[] {
	const value = walk.noteFields[id] ?? '';
	return CHOICES.test(value) ? value.split(' ') : [];
}

/** Checks «tt:mm» or «tt.mm» as typed; gives HH:MM, or undefined when it is no time of day. */
export function parseTime(input: string): string | undefined {
	const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(input);
	if (!match) return undefined;
	const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
	return TIME.test(time) ? time : undefined;
}
