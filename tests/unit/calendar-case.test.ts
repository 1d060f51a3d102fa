import { describe, expect, it } from 'vitest';
import { calendarEvents, deadlinesOfWalk } from '../../src/lib/deadlines/walk-deadlines';
import { computeDeadlines, recommendedDay } from '../../src/lib/deadlines/compute';
import { parseIcsEvents, toIcs } from '../../src/lib/deadlines/ics';
import { emptyWalk, setDate } from '../../src/lib/flow/walk';
import { parseWalk } from '../../src/lib/flow/walk-read';
import type { DeadlineInfoModel } from '../../src/lib/deadlines/rule-info';

const meeting: DeadlineInfoModel = {
	id: 'evalueringsmote',
	label: 'Evalueringsmøte',
	rule: 'Samme dag som avtalt',
	source: 'Avtalt i samarbeidsmøtet',
	fromLabel: 'Når?',
	input: { id: 'evalueringsmote', from: 'evalueringsmote', offset: { days: 0 }, caseTypes: [] }
};
const caseWithMeeting = (caseId: string) => ({ ...setDate(emptyWalk(), 'evalueringsmote', '2027-01-14'), caseId });

describe('the calendar file per case', () => {
	it('two children with a meeting on the same day get different UIDs, each with a reminder', () => {
		const files = ['a1b2c3d4e5f60718', '0f1e2d3c4b5a6978'].map((caseId) => {
			const walk = caseWithMeeting(caseId);
			const events = calendarEvents([meeting], deadlinesOfWalk([meeting], walk, '2026-12-01'), '', (s) => s, { caseId, alarmDaysBefore: 2 });
			return parseIcsEvents(toIcs(events, { now: new Date('2026-12-01T10:00:00Z'), productId: '-//Test//NO' }));
		});
		expect(files.map((f) => f.length)).toEqual([1, 1]);
		expect(files[0]?.[0]?.uid).not.toBe(files[1]?.[0]?.uid);
		expect(files[0]?.[0]?.uid).toBe('a1b2c3d4e5f60718-evalueringsmote-2027-01-14@handlingsveilederen');
		expect(files.map((f) => f[0]?.alarm)).toEqual(['-P2D', '-P2D']);
		// The reminder's own description does not replace the event's.
		expect(files[0]?.[0]?.description).toBe('Samme dag som avtalt. Avtalt i samarbeidsmøtet');
	});

	it('leaves out passed deadlines unless asked, and done ones always', () => {
		const walk = caseWithMeeting('a1b2c3d4e5f60718');
		const passed = deadlinesOfWalk([meeting], walk, '2027-02-01');
		expect(passed[0]?.status).toBe('passed');
		expect(calendarEvents([meeting], passed, '', (s) => s)).toEqual([]);
		expect(calendarEvents([meeting], passed, '', (s) => s, { includePast: true })).toHaveLength(1);
		const done = computeDeadlines([meeting.input], { evalueringsmote: '2027-01-14' }, undefined, '2027-02-01', { evalueringsmote: '2027-01-14' });
		expect(calendarEvents([meeting], done, '', (s) => s, { includePast: true })).toEqual([]);
	});

	it('the case id is kept through storage, and a strange one is dropped', () => {
		const walk = caseWithMeeting('a1b2c3d4e5f60718');
		expect(parseWalk(JSON.stringify(walk)).caseId).toBe('a1b2c3d4e5f60718');
		expect(parseWalk(JSON.stringify({ ...walk, caseId: '<script>' }))).not.toHaveProperty('caseId');
	});
});

describe('the recommended day avoids the days the municipality lists', () => {
	it('julaften and nyttårsaften move to the working day before; the due date does not move', () => {
		// Thursday 24 December 2026 is a working day, but not recommended.
		expect(recommendedDay('2026-12-24', ['12-24', '12-31'])).toBe('2026-12-23');
		// Friday 31 December 2027 → Thursday 30 December.
		expect(recommendedDay('2027-12-31', ['12-24', '12-31'])).toBe('2027-12-30');
		// Saturday 25 December 2027 (1. juledag): before it Friday 24 (avoided), so Thursday 23.
		expect(recommendedDay('2027-12-25', ['12-24', '12-31'])).toBe('2027-12-23');
		// Without the list, only weekends and holidays count.
		expect(recommendedDay('2026-12-24', [])).toBe('2026-12-24');
		const rule = { id: 'r', from: 'undring', offset: { weeks: 1 }, caseTypes: [], avoidDays: ['12-24'] };
		const [deadline] = computeDeadlines([rule], { undring: '2026-12-17' }, undefined, '2026-12-18');
		expect(deadline).toMatchObject({ due: '2026-12-24', recommended: '2026-12-23' });
	});
});
