import { describe, expect, it } from 'vitest';
import { checkDateInput } from '../../src/lib/deadlines/input';
import { describeDeadline, formatLongDate } from '../../src/lib/deadlines/format';
import { computeDeadlines } from '../../src/lib/deadlines/compute';
import { translator } from '../../src/lib/i18n';

const today = '2027-03-15';

describe('checkDateInput', () => {
	it('accepts a Norwegian date and gives the calendar date', () => {
		expect(checkDateInput('01.03.2027', { allowFuture: false, today })).toEqual({ ok: true, date: '2027-03-01' });
	});

	it('names what is wrong: empty, format, impossible, future, too old', () => {
		const check = (input: string, allowFuture = false) => checkDateInput(input, { allowFuture, today });
		expect(check('  ')).toEqual({ ok: false, error: 'empty' });
		expect(check('1. mars')).toEqual({ ok: false, error: 'format' });
		expect(check('31.02.2027')).toEqual({ ok: false, error: 'impossible' });
		expect(check('16.03.2027')).toEqual({ ok: false, error: 'future' });
		expect(check('16.03.2027', true)).toEqual({ ok: true, date: '2027-03-16' });
		expect(check('14.03.2022')).toEqual({ ok: false, error: 'tooOld' });
		expect(check('15.03.2022')).toEqual({ ok: true, date: '2022-03-15' });
	});

	it('handles a 29 February today', () => {
		expect(checkDateInput('01.03.2023', { allowFuture: false, today: '2028-02-29' })).toEqual({ ok: true, date: '2023-03-01' });
		expect(checkDateInput('28.02.2023', { allowFuture: false, today: '2028-02-29' })).toEqual({ ok: false, error: 'tooOld' });
	});
});

describe('deadlines in words', () => {
	it('formats weekday and date in each language', () => {
		expect(formatLongDate('2027-03-29', translator('nb'))).toBe('mandag 29. mars 2027');
		expect(formatLongDate('2027-03-27', translator('nn'))).toBe('laurdag 27. mars 2027');
		expect(formatLongDate('2027-03-29', translator('nn'))).toBe('måndag 29. mars 2027');
	});

	it('names the holiday, recommends the working day before and counts the days', () => {
		const [deadline] = computeDeadlines(
			[{ id: 'samtale', from: 'undring', offset: { weeks: 1 }, caseTypes: [] }],
			{ undring: '2027-03-22' },
			undefined,
			'2027-03-22'
		);
		if (!deadline) throw new Error('no deadline');
		expect(describeDeadline(deadline, translator('nb'))).toEqual({
			due: 'Frist: mandag 29. mars 2027',
			fallsOn: 'Fristen faller på 2. påskedag.',
			recommended: 'Anbefalt dato: onsdag 24. mars 2027',
			remaining: '2 dager igjen',
			passed: false,
			met: false
		});
		expect(describeDeadline(deadline, translator('nn')).recommended).toBe('Tilrådd dato: onsdag 24. mars 2027');
	});

	it('says in words when a deadline has passed or is today', () => {
		const rules = [{ id: 'samtale', from: 'undring', offset: { weeks: 1 }, caseTypes: [] }];
		const [passed] = computeDeadlines(rules, { undring: '2027-03-01' }, undefined, '2027-03-10');
		const [due] = computeDeadlines(rules, { undring: '2027-03-01' }, undefined, '2027-03-08');
		if (!passed || !due) throw new Error('no deadline');
		expect(describeDeadline(passed, translator('nb')).remaining).toBe('Fristen gikk ut for 2 dager siden');
		expect(describeDeadline(passed, translator('nn')).remaining).toBe('Fristen gjekk ut for 2 dagar sidan');
		expect(describeDeadline(due, translator('nb')).remaining).toBe('Fristen er i dag');
	});

	it('says «as soon as possible» without a date', () => {
		const [asap] = computeDeadlines([{ id: 'snarest', from: 'undring', asSoonAsPossible: true, caseTypes: [] }], { undring: '2027-03-01' }, undefined, today);
		if (!asap) throw new Error('no deadline');
		expect(describeDeadline(asap, translator('nb'))).toEqual({ due: 'Så snart som mulig', passed: false, met: false });
	});
});
