/** Computes the deadlines of a case from the dates the user has given. */
import { addDays, daysBetween, type IsoDate } from './calendar';
import { lastWorkingDayOnOrBefore, nonWorkingReason, type NonWorkingReason } from './holidays';

export interface Duration {
	days?: number;
	weeks?: number;
}

export interface DeadlineRuleInput {
	id: string;
	/** Id of the date the deadline counts from. */
	from: string;
	offset?: Duration;
	asSoonAsPossible?: true;
	/** For as-soon-as-possible rules: the latest it may take. */
	outerLimit?: Duration;
	/** Case types the rule applies to; empty means all. */
	caseTypes: string[];
	/** Steps whose recorded event meets the deadline (frister.yaml `events`); missing means none. */
	metBy?: string[];
	/** Days (MM-DD) never recommended, even as working days (frister.yaml `calendar.avoidDays`). */
	avoidDays?: string[];
}

/** `met`: done by the due date; `late`: done after it. Only the others count down. */
export type DeadlineStatus = 'upcoming' | 'today' | 'passed' | 'as-soon-as-possible' | 'met' | 'late';

export interface ComputedDeadline {
	ruleId: string;
	fromDateId: string;
	fromDate: IsoDate;
	asSoonAsPossible: boolean;
	/** fromDate + offset in calendar days; for as-soon-as-possible rules fromDate + outerLimit, if any. */
	due?: IsoDate;
	/** The last working day on or before `due`. */
	recommended?: IsoDate;
	/** Why `due` is not a working day (and so why `recommended` differs). */
	dueReason?: NonWorkingReason;
	/** Days from today to `recommended`; negative when passed. Only for open deadlines. */
	daysLeft?: number;
	/** When what the deadline asks for was done (the event date of a step that meets it). */
	doneOn?: IsoDate;
	status: DeadlineStatus;
}

/** The last working day on or before `due` that is not one of the municipality's avoided days. */
export function recommendedDay(due: IsoDate, avoidDays: readonly string[]): IsoDate {
	let day = lastWorkingDayOnOrBefore(due);
	while (avoidDays.includes(day.slice(5))) day = lastWorkingDayOnOrBefore(addDays(day, -1));
	return day;
}

export const durationInDays = (d: Duration): number => (d.days ?? 0) + 7 * (d.weeks ?? 0);

/** Until the case type is known every rule is shown. */
export function appliesTo(rule: DeadlineRuleInput, caseType: string | undefined): boolean {
	return rule.caseTypes.length === 0 || caseType === undefined || rule.caseTypes.includes(caseType);
}

/**
 * One deadline per applicable rule whose from-date is known, in rule order. `done` gives, by
 * rule id, the day what the rule asks for was done; a day before the from-date does not count.
 */
export function computeDeadlines(
	rules: readonly DeadlineRuleInput[],
	dates: Readonly<Record<string, IsoDate>>,
	caseType: string | undefined,
	today: IsoDate,
	done: Readonly<Record<string, IsoDate>> = {}
): ComputedDeadline[] {
	const deadlines: ComputedDeadline[] = [];
	for (const rule of rules) {
		const fromDate = Object.hasOwn(dates, rule.from) ? dates[rule.from] : undefined;
		if (!fromDate || !appliesTo(rule, caseType)) continue;
		const asSoonAsPossible = rule.asSoonAsPossible === true;
		const doneOn = Object.hasOwn(done, rule.id) && (done[rule.id] ?? '') >= fromDate ? done[rule.id] : undefined;
		const span = asSoonAsPossible ? rule.outerLimit : (rule.offset ?? {});
		if (!span) {
			deadlines.push({
				ruleId: rule.id,
				fromDateId: rule.from,
				fromDate,
				asSoonAsPossible,
				...(doneOn ? { doneOn } : {}),
				status: doneOn ? 'met' : 'as-soon-as-possible'
			});
			continue;
		}
		const due = addDays(fromDate, durationInDays(span));
		const recommended = recommendedDay(due, rule.avoidDays ?? []);
		const dueReason = nonWorkingReason(due);
		const common = { ruleId: rule.id, fromDateId: rule.from, fromDate, asSoonAsPossible, due, recommended, ...(dueReason ? { dueReason } : {}) };
		if (doneOn) {
			deadlines.push({ ...common, doneOn, status: doneOn <= due ? 'met' : 'late' });
			continue;
		}
		const daysLeft = daysBetween(today, recommended);
		deadlines.push({ ...common, daysLeft, status: daysLeft > 0 ? 'upcoming' : daysLeft === 0 ? 'today' : 'passed' });
	}
	return deadlines;
}
