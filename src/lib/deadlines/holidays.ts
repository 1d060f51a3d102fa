/** Norwegian public holidays (helligdager) and what makes a day a non-working day. */
import { addDays, isoWeekday, type IsoDate } from './calendar';

export type HolidayId =
	| 'nyttarsdag'
	| 'skjaertorsdag'
	| 'langfredag'
	| 'forste-paskedag'
	| 'andre-paskedag'
	| 'arbeidernes-dag'
	| 'grunnlovsdag'
	| 'kristi-himmelfartsdag'
	| 'forste-pinsedag'
	| 'andre-pinsedag'
	| 'forste-juledag'
	| 'andre-juledag';

/**
 * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), valid for every Gregorian year.
 */
export function easterSunday(year: number): IsoDate {
	const a = year % 19; // position in the 19-year Metonic cycle
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30; // epact-related: days to the Paschal full moon
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the next Sunday
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every public holiday of the year, sorted by date. Two holidays can share a date
 * (17 May is also 2. pinsedag in 2027); both are kept, in the order listed here.
 */
export function norwegianHolidays(year: number): { date: IsoDate; id: HolidayId }[] {
	const y = String(year).padStart(4, '0');
	const easter = easterSunday(year);
	const holidays: { date: IsoDate; id: HolidayId }[] = [
		{ date: `${y}-01-01`, id: 'nyttarsdag' },
		{ date: addDays(easter, -3), id: 'skjaertorsdag' },
		{ date: addDays(easter, -2), id: 'langfredag' },
		{ date: easter, id: 'forste-paskedag' },
		{ date: addDays(easter, 1), id: 'andre-paskedag' },
		{ date: `${y}-05-01`, id: 'arbeidernes-dag' },
		{ date: `${y}-05-17`, id: 'grunnlovsdag' },
		{ date: addDays(easter, 39), id: 'kristi-himmelfartsdag' },
		{ date: addDays(easter, 49), id: 'forste-pinsedag' },
		{ date: addDays(easter, 50), id: 'andre-pinsedag' },
		{ date: `${y}-12-25`, id: 'forste-juledag' },
		{ date: `${y}-12-26`, id: 'andre-juledag' }
	];
	// ISO strings sort as dates; Array.prototype.sort is stable, so ties keep the order above.
	return holidays.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
}

const cache = new Map<number, { date: IsoDate; id: HolidayId }[]>();

export function holidaysOn(date: IsoDate): HolidayId[] {
	const year = Number(date.slice(0, 4));
	let holidays = cache.get(year);
	if (!holidays) cache.set(year, (holidays = norwegianHolidays(year)));
	return holidays.filter((h) => h.date === date).map((h) => h.id);
}

export type NonWorkingReason = { kind: 'holiday'; ids: HolidayId[] } | { kind: 'weekend'; day: 'saturday' | 'sunday' };

/** Why the day is not a working day, or undefined if it is one. A holiday is named before a weekend. */
export function nonWorkingReason(date: IsoDate): NonWorkingReason | undefined {
	const ids = holidaysOn(date);
	if (ids.length > 0) return { kind: 'holiday', ids };
	const weekday = isoWeekday(date);
	if (weekday === 6) return { kind: 'weekend', day: 'saturday' };
	if (weekday === 7) return { kind: 'weekend', day: 'sunday' };
	return undefined;
}

/** The date itself if it is a working day, else the nearest working day before it. */
export function lastWorkingDayOnOrBefore(date: IsoDate): IsoDate {
	let day = date;
	while (nonWorkingReason(day)) day = addDays(day, -1);
	return day;
}
