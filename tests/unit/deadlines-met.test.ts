import { describe, expect, it } from 'vitest';
import { computeDeadlines, type DeadlineRuleInput } from '../../src/lib/deadlines/compute';
import { deadlinesOfWalk, doneDates } from '../../src/lib/deadlines/walk-deadlines';
import { describeDeadline } from '../../src/lib/deadlines/format';
import { emptyWalk, recordAnswer, setDate, setEventDate, type AnsweredNode } from '../../src/lib/flow/walk';
import type { DeadlineInfoModel } from '../../src/lib/deadlines/rule-info';
import { translator } from '../../src/lib/i18n';

const samtale: DeadlineRuleInput = { id: 'nodvendig-samtale', from: 'undring', offset: { weeks: 3 }, caseTypes: [], metBy: ['niva-0-trinn-3'] };
const info = (input: DeadlineRuleInput): DeadlineInfoModel => ({ id: input.id, label: input.id, rule: '3 uker', source: 'Rutinen', fromLabel: 'Når?', input });
const step: AnsweredNode = {
	id: 'niva-0-trinn-3',
	path: 'niva-0/trinn-3',
	kind: 'step',
	title: { nb: 'Samtalen', nn: 'Samtalen' },
	question: { nb: 'Grunn til bekymring?', nn: 'Grunn til bekymring?' },
	contactsGuardians: false,
	recordsEvent: true
};
const answer = { id: 'ja', next: 'niva-1', nextPath: 'niva-1', label: { nb: 'Ja', nn: 'Ja' } };

function caseWithConversationOn(happenedOn: string) {
	let walk = setDate(emptyWalk(), 'undring', '2026-11-02');
	walk = setEventDate(walk, 'niva-0-trinn-3', 'niva-0-trinn-3', happenedOn);
	return recordAnswer(walk, 'niva-0-trinn-3', step, answer, '2026-12-01');
}

describe('deadlines that know they were met', () => {
	it('the conversation held on 12.11 meets the 3-week deadline from 02.11, with no countdown', () => {
		const [deadline] = deadlinesOfWalk([info(samtale)], caseWithConversationOn('2026-11-12'), '2026-12-01');
		expect(deadline).toMatchObject({ status: 'met', doneOn: '2026-11-12', due: '2026-11-23' });
		expect(deadline?.daysLeft).toBeUndefined();
		const t = translator('nb');
		const words = describeDeadline(deadline!, t);
		expect(words.done).toBe('Overholdt 12.11.2026');
		expect(words.remaining).toBeUndefined();
		expect(words.met).toBe(true);
	});

	it('a conversation after the due date is late: due and done are both shown', () => {
		const [deadline] = deadlinesOfWalk([info(samtale)], caseWithConversationOn('2026-11-30'), '2026-12-01');
		expect(deadline).toMatchObject({ status: 'late', doneOn: '2026-11-30', due: '2026-11-23' });
		const t = translator('nn');
		const words = describeDeadline(deadline!, t);
		expect(words.due).toContain('23. november 2026');
		expect(words.done).toBe('Gjort 30.11.2026, etter fristen');
		expect(words.passed).toBe(true);
	});

	it('an open deadline still counts down, and an event before the from-date does not meet it', () => {
		const [open] = computeDeadlines([samtale], { undring: '2026-11-02' }, undefined, '2026-11-20', { 'nodvendig-samtale': '2026-10-30' });
		expect(open).toMatchObject({ status: 'upcoming', daysLeft: 3 });
		expect(open).not.toHaveProperty('doneOn');
	});

	it('only steps listed under metBy count', () => {
		const other = { ...samtale, metBy: ['niva-1-trinn-3'] };
		expect(doneDates([info(other)], caseWithConversationOn('2026-11-12'))).toEqual({});
		expect(doneDates([info(samtale)], caseWithConversationOn('2026-11-12'))).toEqual({ 'nodvendig-samtale': '2026-11-12' });
	});

	it('a loop of evaluations meets the meeting agreed for the last one, not the first', () => {
		const evaluation: DeadlineRuleInput = { id: 'evalueringsmote', from: 'evalueringsmote', offset: { days: 0 }, caseTypes: [], metBy: ['niva-0-trinn-3'] };
		// The step answered twice, through a step that leads back to it (as «continue the measures»
		// does), the second time after the meeting agreed for 01.02.
		const { recordsEvent: _, ...stepFields } = step;
		const measures: AnsweredNode = { ...stepFields, id: 'niva-0-trinn-4', path: 'niva-0/trinn-4' };
		const toMeasures = { ...answer, next: measures.id, nextPath: measures.path };
		const back = { ...answer, next: step.id, nextPath: step.path };
		let walk = setEventDate(emptyWalk(), step.id, step.id, '2026-12-07');
		walk = recordAnswer(walk, step.id, step, toMeasures, '2027-02-15');
		walk = recordAnswer(walk, step.id, measures, back, '2027-02-15');
		walk = setEventDate(walk, step.id, step.id, '2027-02-01');
		walk = recordAnswer(walk, step.id, step, answer, '2027-02-15');
		walk = setDate(walk, 'evalueringsmote', '2027-02-01');
		expect(walk.entries.map((e) => e.happenedOn)).toEqual(['2026-12-07', undefined, '2027-02-01']);
		expect(doneDates([info(evaluation)], walk)).toEqual({ evalueringsmote: '2027-02-01' });
		expect(deadlinesOfWalk([info(evaluation)], walk, '2027-02-15')[0]).toMatchObject({ status: 'met', doneOn: '2027-02-01' });
	});
});
