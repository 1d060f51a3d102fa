import { describe, expect, it } from 'vitest';
import { appliesTo, computeDeadlines, type DeadlineRuleInput } from '../../src/lib/deadlines/compute';

// The app's default rules (content/frister.yaml).
const samtaleSkolemiljo: DeadlineRuleInput = { id: 'samtale-skolemiljo', from: 'undring', offset: { weeks: 1 }, caseTypes: ['skolemiljo'] };
const undersokBarnehagemiljo: DeadlineRuleInput = { id: 'undersok-barnehagemiljo', from: 'undring', asSoonAsPossible: true, caseTypes: ['barnehagemiljo'] };
const nodvendigSamtale: DeadlineRuleInput = { id: 'nodvendig-samtale', from: 'undring', offset: { weeks: 3 }, caseTypes: ['annet'] };
const innkallingNiva2: DeadlineRuleInput = { id: 'innkalling-niva-2', from: 'beslutning-niva-2', offset: { weeks: 2 }, caseTypes: [] };
const evalueringsmote: DeadlineRuleInput = { id: 'evalueringsmote', from: 'evalueringsmote', offset: { days: 0 }, caseTypes: [] };
const RULES = [samtaleSkolemiljo, undersokBarnehagemiljo, nodvendigSamtale, innkallingNiva2, evalueringsmote];

const ids = (deadlines: { ruleId: string }[]) => deadlines.map((d) => d.ruleId);
const one = (rule: DeadlineRuleInput, dates: Record<string, string>, today: string, caseType?: string) => {
	const [deadline, ...rest] = computeDeadlines([rule], dates, caseType, today);
	expect(rest).toEqual([]);
	if (!deadline) throw new Error('no deadline computed');
	return deadline;
};

describe('appliesTo', () => {
	it('shows every rule until the case type is known', () => {
		expect(appliesTo(samtaleSkolemiljo, undefined)).toBe(true);
	});
	it('filters by case type, and a rule without case types applies to all', () => {
		expect(appliesTo(samtaleSkolemiljo, 'skolemiljo')).toBe(true);
		expect(appliesTo(samtaleSkolemiljo, 'annet')).toBe(false);
		expect(appliesTo(innkallingNiva2, 'annet')).toBe(true);
	});
});

describe('computeDeadlines', () => {
	const dates = { undring: '2027-03-01', 'beslutning-niva-2': '2027-03-03', evalueringsmote: '2027-04-14' };

	it('computes every rule on an ordinary working day', () => {
		expect(computeDeadlines(RULES, dates, undefined, '2027-03-02')).toEqual([
			{ ruleId: 'samtale-skolemiljo', fromDateId: 'undring', fromDate: '2027-03-01', asSoonAsPossible: false, due: '2027-03-08', recommended: '2027-03-08', daysLeft: 6, status: 'upcoming' },
			{ ruleId: 'undersok-barnehagemiljo', fromDateId: 'undring', fromDate: '2027-03-01', asSoonAsPossible: true, status: 'as-soon-as-possible' },
			{ ruleId: 'nodvendig-samtale', fromDateId: 'undring', fromDate: '2027-03-01', asSoonAsPossible: false, due: '2027-03-22', recommended: '2027-03-22', daysLeft: 20, status: 'upcoming' },
			{ ruleId: 'innkalling-niva-2', fromDateId: 'beslutning-niva-2', fromDate: '2027-03-03', asSoonAsPossible: false, due: '2027-03-17', recommended: '2027-03-17', daysLeft: 15, status: 'upcoming' },
			{ ruleId: 'evalueringsmote', fromDateId: 'evalueringsmote', fromDate: '2027-04-14', asSoonAsPossible: false, due: '2027-04-14', recommended: '2027-04-14', daysLeft: 43, status: 'upcoming' }
		]);
	});

	it('keeps only the rules for the case type', () => {
		expect(ids(computeDeadlines(RULES, dates, 'skolemiljo', '2027-03-02'))).toEqual(['samtale-skolemiljo', 'innkalling-niva-2', 'evalueringsmote']);
		expect(ids(computeDeadlines(RULES, dates, 'barnehagemiljo', '2027-03-02'))).toEqual(['undersok-barnehagemiljo', 'innkalling-niva-2', 'evalueringsmote']);
		expect(ids(computeDeadlines(RULES, dates, 'annet', '2027-03-02'))).toEqual(['nodvendig-samtale', 'innkalling-niva-2', 'evalueringsmote']);
	});

	it('skips rules whose from-date is not given', () => {
		expect(ids(computeDeadlines(RULES, { undring: '2027-03-01' }, 'skolemiljo', '2027-03-02'))).toEqual(['samtale-skolemiljo']);
		expect(computeDeadlines(RULES, {}, undefined, '2027-03-02')).toEqual([]);
		// Not fooled by names on Object.prototype.
		expect(computeDeadlines([{ ...evalueringsmote, from: 'toString' }], {}, undefined, '2027-03-02')).toEqual([]);
	});

	it('crosses the year end', () => {
		expect(one(nodvendigSamtale, { undring: '2027-12-20' }, '2027-12-20', 'annet')).toMatchObject({
			due: '2028-01-10',
			recommended: '2028-01-10',
			daysLeft: 21,
			status: 'upcoming'
		});
	});

	it('recommends the working day before a holiday and says why', () => {
		const deadline = one(samtaleSkolemiljo, { undring: '2027-03-22' }, '2027-03-22');
		expect(deadline).toEqual({
			ruleId: 'samtale-skolemiljo',
			fromDateId: 'undring',
			fromDate: '2027-03-22',
			asSoonAsPossible: false,
			due: '2027-03-29',
			recommended: '2027-03-24',
			dueReason: { kind: 'holiday', ids: ['andre-paskedag'] },
			daysLeft: 2,
			status: 'upcoming'
		});
	});

	it('recommends the Friday before a weekend', () => {
		expect(one(samtaleSkolemiljo, { undring: '2027-04-03' }, '2027-04-05')).toMatchObject({
			due: '2027-04-10',
			recommended: '2027-04-09',
			dueReason: { kind: 'weekend', day: 'saturday' },
			daysLeft: 4
		});
	});

	it('has no outer date for as-soon-as-possible without a limit, and one with', () => {
		const without = one(undersokBarnehagemiljo, { undring: '2027-03-01' }, '2027-03-10');
		expect(without).toEqual({ ruleId: 'undersok-barnehagemiljo', fromDateId: 'undring', fromDate: '2027-03-01', asSoonAsPossible: true, status: 'as-soon-as-possible' });
		const limited = one({ ...undersokBarnehagemiljo, outerLimit: { weeks: 1, days: 2 } }, { undring: '2027-03-01' }, '2027-03-05');
		expect(limited).toEqual({
			ruleId: 'undersok-barnehagemiljo',
			fromDateId: 'undring',
			fromDate: '2027-03-01',
			asSoonAsPossible: true,
			due: '2027-03-10',
			recommended: '2027-03-10',
			daysLeft: 5,
			status: 'upcoming'
		});
	});

	it('says today and passed', () => {
		const dates = { evalueringsmote: '2027-04-14' };
		expect(one(evalueringsmote, dates, '2027-04-14')).toMatchObject({ daysLeft: 0, status: 'today' });
		expect(one(evalueringsmote, dates, '2027-04-17')).toMatchObject({ daysLeft: -3, status: 'passed' });
		// Counted to the recommended day: due on 2. påskedag, passed on the Thursday before.
		expect(one(samtaleSkolemiljo, { undring: '2027-03-22' }, '2027-03-25')).toMatchObject({ daysLeft: -1, status: 'passed' });
		expect(one(samtaleSkolemiljo, { undring: '2027-03-22' }, '2027-03-24')).toMatchObject({ daysLeft: 0, status: 'today' });
	});
});
