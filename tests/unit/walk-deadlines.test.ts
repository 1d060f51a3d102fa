import { describe, expect, it } from 'vitest';
import { calendarEvents, deadlinesOfWalk } from '../../src/lib/deadlines/walk-deadlines';
import { emptyWalk, recordAnswer, setDate, setNote } from '../../src/lib/flow/walk';
import type { DeadlineInfoModel } from '../../src/lib/deadlines/rule-info';

const rule = (id: string, caseTypes: string[], weeks: number): DeadlineInfoModel => ({
	id,
	label: `Frist ${id}`,
	rule: `${weeks} uker etter at undringen oppstod`,
	source: 'Rutinen',
	fromLabel: 'Når oppstod undringen?',
	input: { id, from: 'undring', offset: { weeks }, caseTypes }
});
const rules = [rule('skole', ['skolemiljo'], 1), rule('annet', ['annet'], 3)];

function schoolCase() {
	let walk = recordAnswer(
		emptyWalk(),
		'sakstype',
		{ id: 'sakstype', path: 'sakstype', kind: 'question', title: { nb: 'Sakstype', nn: 'Sakstype' }, question: { nb: 'Hva gjelder det?', nn: 'Kva gjeld det?' }, contactsGuardians: false },
		{ id: 'skolemiljo', next: 'steg', nextPath: 'steg', label: { nb: 'Skole', nn: 'Skule' }, sets: { caseType: 'skolemiljo' } },
		'2027-03-22'
	);
	walk = setNote(walk, 'sakstype', 'steg', 'Ola Nordmann, 7B');
	return setDate(walk, 'undring', '2027-03-22');
}

describe('deadlinesOfWalk', () => {
	it('applies the rules to the recorded dates and case type', () => {
		const deadlines = deadlinesOfWalk(rules, schoolCase(), '2027-03-23');
		expect(deadlines.map((d) => [d.ruleId, d.due, d.recommended])).toEqual([['skole', '2027-03-29', '2027-03-24']]);
	});

	it('gives nothing until the date it counts from is entered', () => {
		expect(deadlinesOfWalk(rules, emptyWalk(), '2027-03-23')).toEqual([]);
	});
});

describe('calendarEvents', () => {
	it('makes one event per deadline on the recommended day, with only what the user typed for the calendar', () => {
		const walk = schoolCase();
		const events = calendarEvents(rules, deadlinesOfWalk(rules, walk, '2027-03-23'), '  Sak 12 ', (s) => `Kilde: ${s}`);
		expect(events).toEqual([
			{
				uid: 'skole-2027-03-24@handlingsveilederen',
				date: '2027-03-24',
				title: 'Frist skole – Sak 12',
				description: '1 uker etter at undringen oppstod. Kilde: Rutinen'
			}
		]);
		expect(JSON.stringify(events)).not.toContain('Ola Nordmann');
	});

	it('adds nothing to the title when the calendar field is empty', () => {
		const events = calendarEvents(rules, deadlinesOfWalk(rules, schoolCase(), '2027-03-23'), ' ', (s) => s);
		expect(events[0]?.title).toBe('Frist skole');
	});
});
