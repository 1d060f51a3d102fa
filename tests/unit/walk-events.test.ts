import { parseWalk } from '../../src/lib/flow/walk-read';
import { describe, expect, it } from 'vitest';
import {
	emptyWalk,
	eventDateFor,
	recordAnswer,
	setEventDate,
	type AnsweredNode,
	type ChosenAnswer
} from '../../src/lib/flow/walk';
import { commitFields, registerField } from '../../src/lib/flow/pending-fields';

const node = (id: string, recordsEvent = true): AnsweredNode => ({
	id,
	path: id,
	kind: 'step',
	title: { nb: id, nn: id },
	question: { nb: 'Grunn til bekymring?', nn: 'Grunn til bekymring?' },
	contactsGuardians: false,
	...(recordsEvent ? { recordsEvent: true as const } : {})
});
const answer = (id: string, next: string): ChosenAnswer => ({ id, next, nextPath: next, label: { nb: id, nn: id } });

describe('event dates on the walk', () => {
	it('records the typed event date, keeping the click date as metadata', () => {
		let walk = setEventDate(emptyWalk(), 'samtale', 'samtale', '2026-11-12');
		expect(eventDateFor(walk, 'samtale', 'samtale')).toBe('2026-11-12');
		walk = recordAnswer(walk, 'samtale', node('samtale'), answer('ja', 'neste'), '2026-12-01');
		expect(walk.entries[0]).toMatchObject({ answeredOn: '2026-12-01', happenedOn: '2026-11-12' });
		expect(walk.eventDrafts).toEqual({});
	});

	it('defaults the event date to the day of the answer, and gives none to steps without an event', () => {
		let walk = recordAnswer(emptyWalk(), 'a', node('a'), answer('ja', 'b'), '2026-12-01');
		walk = recordAnswer(walk, 'a', node('b', false), answer('ja', 'c'), '2026-12-01');
		expect(walk.entries[0]?.happenedOn).toBe('2026-12-01');
		expect(walk.entries[1]).not.toHaveProperty('happenedOn');
	});

	it('edits the event date of a step the walk has moved on from', () => {
		let walk = recordAnswer(emptyWalk(), 'a', node('a'), answer('ja', 'b'), '2026-12-01');
		walk = setEventDate(walk, 'a', 'a', '2026-11-20');
		expect(walk.entries[0]?.happenedOn).toBe('2026-11-20');
		expect(walk.eventDrafts).toEqual({});
		expect(eventDateFor(walk, 'a', 'a')).toBe('2026-11-20');
	});

	it('keeps the earlier event date when the answer is changed', () => {
		let walk = setEventDate(emptyWalk(), 'a', 'a', '2026-11-10');
		walk = recordAnswer(walk, 'a', node('a'), answer('ja', 'b'), '2026-12-01');
		walk = recordAnswer(walk, 'a', node('a'), answer('nei', 'c'), '2026-12-02');
		expect(walk.entries).toHaveLength(1);
		expect(walk.entries[0]).toMatchObject({ answerId: 'nei', happenedOn: '2026-11-10', answeredOn: '2026-12-02' });
	});

	it('survives storage, and an impossible stored event date refuses the entry', () => {
		const walk = recordAnswer(setEventDate(emptyWalk(), 'a', 'a', '2026-11-12'), 'a', node('a'), answer('ja', 'b'), '2026-12-01');
		expect(parseWalk(JSON.stringify(walk))).toStrictEqual(walk);
		const broken = { ...walk, entries: [{ ...walk.entries[0], happenedOn: '2026-02-30' }] };
		expect(parseWalk(JSON.stringify(broken)).entries).toEqual([]);
		const badDraft = { ...emptyWalk(), eventDrafts: { a: 'i går', b: '2026-11-11' } };
		expect(parseWalk(JSON.stringify(badDraft)).eventDrafts).toEqual({ b: '2026-11-11' });
	});
});

describe('fields committed before an answer', () => {
	it('collects the problems of every registered field, and forgets a removed one', () => {
		const stored: string[] = [];
		const removeGood = registerField(() => {
			stored.push('good');
			return undefined;
		});
		const removeBad = registerField(() => ({ fieldId: 'dato-x', message: 'Den datoen finnes ikke.' }));
		expect(commitFields()).toEqual([{ fieldId: 'dato-x', message: 'Den datoen finnes ikke.' }]);
		expect(stored).toEqual(['good']);
		removeBad();
		expect(commitFields()).toEqual([]);
		removeGood();
	});
});
