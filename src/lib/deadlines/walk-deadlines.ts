/**
 * The deadlines of the user's own case: the content's rules applied to the dates and the
 * case type the walk has recorded, and the calendar events made from them.
 */
import type { DeadlineInfoModel } from './rule-info';
import { factsOf, type Walk } from '../flow/walk';
import type { IsoDate } from './calendar';
import { computeDeadlines, type ComputedDeadline } from './compute';
import type { CalendarEvent } from './ics';

export function deadlinesOfWalk(rules: readonly DeadlineInfoModel[], walk: Walk, today: IsoDate): ComputedDeadline[] {
	return computeDeadlines(
		rules.map((r) => r.input),
		walk.dates,
		factsOf(walk).caseType,
		today,
		doneDates(rules, walk)
	);
}

/**
 * By rule id, the earliest event date recorded on a step that meets the rule, on or after the
 * date the rule counts from: the conversation held on 12.11 meets the deadline counted from the
 * undring on 02.11, and the third evaluation meeting the one agreed for 01.02 (not the first, in December).
 */
export function doneDates(rules: readonly DeadlineInfoModel[], walk: Walk): Record<string, IsoDate> {
	const done: Record<string, IsoDate> = {};
	for (const rule of rules) {
		const from = Object.hasOwn(walk.dates, rule.input.from) ? walk.dates[rule.input.from] : undefined;
		const dates = walk.entries
			.filter((e) => e.happenedOn && rule.input.metBy?.includes(e.nodeId))
			.map((e) => e.happenedOn as IsoDate)
			.filter((date) => from === undefined || date >= from)
			.sort();
		if (dates[0]) done[rule.id] = dates[0];
	}
	return done;
}

/**
 * One all-day event per deadline with a date, on the recommended day. Titles carry the rule's
 * label and, only if the user typed it into the calendar field, their own text: nothing else
 * from the walk goes into the file.
 */
export function calendarEvents(
	rules: readonly DeadlineInfoModel[],
	deadlines: readonly ComputedDeadline[],
	extraText: string,
	describeSource: (source: string) => string,
	options: CalendarOptions = {}
): CalendarEvent[] {
	const suffix = extraText.trim() ? ` – ${extraText.trim()}` : '';
	// The case id makes each UID unique per case: Outlook replaces an event with the same UID.
	const prefix = options.caseId ? `${options.caseId}-` : '';
	return deadlines.flatMap((deadline) => {
		const rule = rules.find((r) => r.id === deadline.ruleId);
		const date = deadline.recommended;
		if (!rule || !date) return [];
		// Done deadlines never; passed ones only when the user asks for them.
		if (deadline.status === 'met' || deadline.status === 'late') return [];
		if (deadline.status === 'passed' && !options.includePast) return [];
		return [
			{
				uid: `${prefix}${rule.id}-${date}@handlingsveilederen`,
				date,
				title: `${rule.label}${suffix}`,
				description: `${rule.rule}. ${describeSource(rule.source)}`,
				...(options.alarmDaysBefore !== undefined ? { alarmDaysBefore: options.alarmDaysBefore } : {})
			}
		];
	});
}

export interface CalendarOptions {
	/** The walk's random case id (walk.caseId). */
	caseId?: string;
	/** Also deadlines whose day has passed. */
	includePast?: boolean;
	/** Days before the day for the reminder (frister.yaml `calendar.reminderDaysBefore`). */
	alarmDaysBefore?: number;
}
