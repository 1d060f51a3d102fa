/**
 * Deadlines in words, in the page's language: «mandag 29. mars 2027», «3 dager igjen»,
 * «Fristen faller på 2. påskedag». Status is always said in words, never by colour alone.
 */
import type { Translate } from '../i18n';
import { formatShortDate, isoWeekday } from './calendar';
import type { ComputedDeadline } from './compute';
import type { NonWorkingReason } from './holidays';

const WEEKDAYS = [
	'calendar.weekday1',
	'calendar.weekday2',
	'calendar.weekday3',
	'calendar.weekday4',
	'calendar.weekday5',
	'calendar.weekday6',
	'calendar.weekday7'
] as const;
const MONTHS = [
	'calendar.month1',
	'calendar.month2',
	'calendar.month3',
	'calendar.month4',
	'calendar.month5',
	'calendar.month6',
	'calendar.month7',
	'calendar.month8',
	'calendar.month9',
	'calendar.month10',
	'calendar.month11',
	'calendar.month12'
] as const;

/**
 * `2027-03-29` → «mandag 29. mars 2027» (nn: «måndag 29. mars 2027»). The names come from
 * the UI strings, not Intl: browsers ship without nynorsk date names and fall back to bokmål.
 */
export function formatLongDate(isoDate: string, t: Translate): string {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	return t('calendar.longDate', {
		weekday: t(WEEKDAYS[isoWeekday(isoDate) - 1]!),
		day,
		month: t(MONTHS[month - 1]!),
		year
	});
}

export function describeNonWorkingDay(reason: NonWorkingReason, t: Translate): string {
	if (reason.kind === 'weekend') return t(`holiday.${reason.day}`);
	return reason.ids.map((id) => t(`holiday.${id}`)).join(` ${t('holiday.and')} `);
}

export interface DeadlineWords {
	/** «Frist: mandag 29. mars 2027» or «Så snart som mulig». */
	due: string;
	/** Why the recommended date differs: «Fristen faller på 2. påskedag.» */
	fallsOn?: string;
	/** «Anbefalt dato: onsdag 24. mars 2027» when it differs from the due date. */
	recommended?: string;
	/** «3 dager igjen», «Fristen er i dag», «Fristen gikk ut for 2 dager siden». Only open deadlines. */
	remaining?: string;
	/** «Overholdt 12.11.2026», or «Gjort 30.11.2026, etter fristen». */
	done?: string;
	met: boolean;
	passed: boolean;
}

export function describeDeadline(deadline: ComputedDeadline, t: Translate): DeadlineWords {
	const words: DeadlineWords = {
		due: deadline.due ? t('deadlines.due', { date: formatLongDate(deadline.due, t) }) : t('deadlines.asSoonAsPossible'),
		passed: deadline.status === 'passed' || deadline.status === 'late',
		met: deadline.status === 'met'
	};
	if (deadline.doneOn) {
		const date = formatShortDate(deadline.doneOn);
		words.done = deadline.status === 'met' ? t('eventDates.met', { date }) : t('eventDates.late', { date });
	}
	if (deadline.asSoonAsPossible && deadline.due) words.due = `${t('deadlines.asSoonAsPossible')}. ${words.due}`;
	if (deadline.dueReason) words.fallsOn = t('deadlines.fallsOn', { day: describeNonWorkingDay(deadline.dueReason, t) });
	if (deadline.recommended && deadline.recommended !== deadline.due) {
		words.recommended = t('deadlines.recommended', { date: formatLongDate(deadline.recommended, t) });
	}
	if (deadline.daysLeft !== undefined) {
		if (deadline.daysLeft > 0) words.remaining = t('deadlines.daysLeft', { count: deadline.daysLeft });
		else if (deadline.daysLeft === 0) words.remaining = t('deadlines.dueToday');
		else words.remaining = t('deadlines.passed', { count: -deadline.daysLeft });
	}
	return words;
}

/** Days of the year as MM-DD, in words: «24. desember og 31. desember». */
export function formatMonthDays(days: readonly string[], t: Translate): string {
	const words = days.map((day) => {
		const [month, date] = day.split('-').map(Number) as [number, number];
		return `${date}. ${t(MONTHS[month - 1]!)}`;
	});
	return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${t('holiday.and')} ${words.at(-1)}` : (words[0] ?? '');
}
