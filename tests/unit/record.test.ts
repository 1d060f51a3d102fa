import { describe, expect, it } from 'vitest';
import { emptyWalk, noteFor, recordAnswer, setNote, type AnsweredNode, type ChosenAnswer } from '../../src/lib/flow/walk';
import { readWalk } from '../../src/lib/flow/walk-read';
import {
	isValidRecordValue,
	parseTime,
	recordChecked,
	recordChoices,
	recordDate,
	recordText,
	recordTime,
	REPORT_FIELDS,
	RECORD_FIELDS,
	setRecordField
} from '../../src/lib/flow/record';

/** Issue 16: the record's fields, kept in the walk, and who took part in each step. */
const node = (id: string): AnsweredNode => ({
	id,
	path: id,
	kind: 'step',
	title: { nb: id, nn: id },
	question: { nb: 'Grunn til bekymring?', nn: 'Grunn til bekymring?' },
	contactsGuardians: false
});
const to = (id: string, next: string): ChosenAnswer => ({ id, next, nextPath: next, label: { nb: id, nn: id } });

describe('the record’s fields', () => {
	it('are set and removed: an empty text, an unticked box or no choice leaves nothing behind', () => {
		let walk = setRecordField(emptyWalk(), 'unit', '  Eksempel skole ');
		walk = setRecordField(walk, 'familyInformed', true);
		walk = setRecordField(walk, 'contacted', ['barnevernstjenesten', 'politiet']);
		walk = setRecordField(walk, 'observedOn', '2026-11-12');
		expect(walk.noteFields).toEqual({ unit: '  Eksempel skole ', familyInformed: 'ja', contacted: 'barnevernstjenesten politiet', observedOn: '2026-11-12' });
		expect(recordText(walk, 'unit')).toBe('Eksempel skole');
		expect(recordChecked(walk, 'familyInformed')).toBe(true);
		expect(recordChoices(walk, 'contacted')).toEqual(['barnevernstjenesten', 'politiet']);
		expect(recordDate(walk, 'observedOn')).toBe('2026-11-12');
		walk = setRecordField(setRecordField(setRecordField(walk, 'unit', ''), 'familyInformed', false), 'contacted', []);
		expect(walk.noteFields).toEqual({ observedOn: '2026-11-12' });
	});

	it('read only what fits the field: a damaged date, time, tick or choice is no value', () => {
		const walk = { ...emptyWalk(), noteFields: { observedOn: '2026-02-30', observedAt: '25:00', reportSent: 'true', contacted: 'Politiet!' } };
		expect(recordDate(walk, 'observedOn')).toBeUndefined();
		expect(recordTime(walk, 'observedAt')).toBeUndefined();
		expect(recordChecked(walk, 'reportSent')).toBe(false);
		expect(recordChoices(walk, 'contacted')).toEqual([]);
		expect(['2026-11-12', '09:15', 'ja', 'politiet'].map((v, i) => isValidRecordValue(['observedOn', 'observedAt', 'reportSent', 'contacted'][i]!, v))).toEqual([true, true, true, true]);
		// Text fields, and fields this version does not know, take any text.
		expect(isValidRecordValue('observation', '<b>25:00</b>')).toBe(true);
		expect(isValidRecordValue('fromANewerVersion', 'x')).toBe(true);
	});

	it('a stored walk loses the values that do not fit, and says it was repaired', () => {
		const stored = { ...emptyWalk(), noteFields: { unit: 'Skolen', observedOn: '9999-99-99', observedAt: '9.15', reportSent: 'ja' } };
		const { walk, outcome } = readWalk(JSON.stringify(stored));
		expect(outcome).toBe('repaired');
		expect(walk.noteFields).toEqual({ unit: 'Skolen', reportSent: 'ja' });
		expect(readWalk(JSON.stringify({ ...stored, noteFields: { observedAt: '09:15' } })).outcome).toBe('ok');
	});

	it('reads a time as typed, with a colon or a dot', () => {
		expect(['9.15', '09:15', ' 23:59 ', '0:00'].map(parseTime)).toEqual(['09:15', '09:15', '23:59', '00:00']);
		expect(['24:00', '12:60', '0915', '9', 'kl 9', ''].map(parseTime)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
	});

	it('the violence path has every field the issue asks for, each of a known kind', () => {
		expect(REPORT_FIELDS).toEqual(['observedOn', 'observedAt', 'observation', 'contacted', 'contactedOn', 'contactedAt', 'advice', 'reportSent', 'reportSentOn', 'guardiansNotInformed', 'guardiansNotInformedWhy']);
		for (const id of REPORT_FIELDS) expect(RECORD_FIELDS[id]).toBeDefined();
	});
});

describe('who took part, per step', () => {
	it('is typed before the answer as a draft, and the answer takes it along', () => {
		let walk = setNote(emptyWalk(), 'a', 'a', 'Mor, kontaktlærer', 'participants');
		expect(walk.participantDrafts).toEqual({ a: 'Mor, kontaktlærer' });
		expect(noteFor(walk, 'a', 'a', 'participants')).toBe('Mor, kontaktlærer');
		walk = recordAnswer(walk, 'a', node('a'), to('ja', 'b'), '2026-12-01');
		expect(walk.entries[0]).toMatchObject({ participants: 'Mor, kontaktlærer', note: '' });
		expect(walk.participantDrafts).toEqual({});
	});

	it('is edited on the entry once the walk has moved on, and kept when the answer changes', () => {
		let walk = recordAnswer(setNote(emptyWalk(), 'a', 'a', 'Mor', 'participants'), 'a', node('a'), to('ja', 'b'), '2026-12-01');
		walk = setNote(walk, 'a', 'a', 'Mor, far', 'participants');
		expect(walk.entries[0]?.participants).toBe('Mor, far');
		expect(walk.participantDrafts).toEqual({});
		walk = recordAnswer(walk, 'a', node('a'), to('nei', 'c'), '2026-12-02');
		expect(walk.entries).toHaveLength(1);
		expect(walk.entries[0]).toMatchObject({ answerId: 'nei', participants: 'Mor, far' });
	});

	it('a stored walk keeps it; one of the wrong type makes the entry untrustworthy', () => {
		const walk = recordAnswer(setNote(emptyWalk(), 'a', 'a', 'Mor', 'participants'), 'a', node('a'), to('ja', 'b'), '2026-12-01');
		expect(readWalk(JSON.stringify(walk))).toEqual({ walk, outcome: 'ok' });
		const broken = { ...walk, entries: [{ ...walk.entries[0], participants: 3 }] };
		expect(readWalk(JSON.stringify(broken)).outcome).toBe('refused');
		// Walks stored before participants existed still load.
		const { participantDrafts: _, ...older } = emptyWalk();
		expect(readWalk(JSON.stringify(older))).toEqual({ walk: emptyWalk(), outcome: 'ok' });
	});
});
