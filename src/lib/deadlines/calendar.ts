/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'), meaning a day in Europe/Oslo.
 *
 * All arithmetic is done on midnight-UTC timestamps (Date.UTC / getUTC*), never on
 * local-time Dates: UTC has no daylight saving, so neither the machine's time zone
 * nor a DST change can move a date by a day.
 */

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC timestamp of midnight on that day, or undefined if there is no such day. */
function utcMidnight(year: number, month: number, day: number): number | undefined {
	if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	const time = Date.UTC(year, month - 1, day);
	// Date.UTC rolls 31 February over into March; a real date survives the round trip.
	return new Date(time).getUTCDate() === day ? time : undefined;
}

function toUtc(date: IsoDate): number {
	const match = ISO_PATTERN.exec(date);
	const time = match ? utcMidnight(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
	if (time === undefined) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
	return time;
}

function fromUtc(time: number): IsoDate {
	const d = new Date(time);
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The dates a case can hold. A date field refuses anything later (checkDateInput), and a stored
 * walk loses it (walk-read.ts): a year-10000 deadline would break every page that counts days.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** 'YYYY-MM-DD' naming a day that exists (years 1000–9999). */
export function isValidIsoDate(value: string): boolean {
	const match = ISO_PATTERN.exec(value);
	return match !== null && utcMidnight(Number(match[1]), Number(match[2]), Number(match[3])) !== undefined;
}

/** A valid date within the range a case can hold. */
export function isPlausibleDate(value: unknown): value is IsoDate {
	return typeof value === 'string' && isValidIsoDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
	return fromUtc(toUtc(date) + days * MS_PER_DAY);
}

/** `to` − `from` in whole days. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
	return new Date(toUtc(date)).getUTCDay() || 7;
}

export type DateParseError = 'empty' | 'format' | 'impossible';

// Day, month and four-digit year with one separator used throughout: 29.03.2027, 1/4/2027, 1-4-2027.
const NORWEGIAN_PATTERN = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
// What <input type="date"> gives.
const INPUT_PATTERN = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A date as a Norwegian user types it: «29.03.2027», «1.4.2027», «1/4/2027», or ISO «2027-03-29».
 * Two-digit years are refused ('format'): «01.04.27» could be meant as 1927 or 2027.
 */
export function parseNorwegianDate(input: string): { ok: true; date: IsoDate } | { ok: false; error: DateParseError } {
	const text = input.trim();
	if (text === '') return { ok: false, error: 'empty' };
	let parts: [string | undefined, string | undefined, string | undefined];
	let match = NORWEGIAN_PATTERN.exec(text);
	if (match) parts = [match[4], match[3], match[1]];
	else if ((match = INPUT_PATTERN.exec(text))) parts = [match[1], match[2], match[3]];
	else return { ok: false, error: 'format' };
	const [year, month, day] = parts.map(Number) as [number, number, number];
	const time = utcMidnight(year, month, day);
	return time === undefined ? { ok: false, error: 'impossible' } : { ok: true, date: fromUtc(time) };
}

/** '2027-03-29' → '29.03.2027'. */
export function formatShortDate(date: IsoDate): string {
	const [year, month, day] = date.split('-');
	return `${day}.${month}.${year}`;
}

const MS_PER_HOUR = 3_600_000;

/** Midnight UTC of the last Sunday of a month (0-based), as a timestamp. */
function lastSundayOf(year: number, month: number): number {
	const lastDay = Date.UTC(year, month + 1, 0);
	return lastDay - new Date(lastDay).getUTCDay() * MS_PER_DAY;
}

/**
 * Today's calendar date in Norway, whatever the device's time zone. Norway is on UTC+1, and
 * on UTC+2 in summer time, which runs from 01:00 UTC on the last Sunday of March to 01:00 UTC
 * on the last Sunday of October (the EU rule, which Norway follows). Worked out here rather
 * than with Intl and the Europe/Oslo time zone: the browser's first such formatter loads its
 * time zone data, about 40 ms of blocked main thread on a desktop, far more on a phone. If
 * Norway's summer time rule changes, this function changes with it (tests: deadlines-calendar).
 */
export function todayInOslo(now: Date = new Date()): IsoDate {
	return fromUtc(osloWallClock(now));
}

/** The time in Norway as a UTC timestamp showing Norwegian wall-clock time (same rule as todayInOslo). */
function osloWallClock(now: Date): number {
	const time = now.getTime();
	const year = now.getUTCFullYear();
	const summer = time >= lastSundayOf(year, 2) + MS_PER_HOUR && time < lastSundayOf(year, 9) + MS_PER_HOUR;
	return time + (summer ? 2 : 1) * MS_PER_HOUR;
}

/** The date and the minute of the day (0–1439) in Norway, e.g. 20:00 → 1200. */
export function nowInOslo(now: Date = new Date()): { date: IsoDate; minutes: number } {
	const wall = osloWallClock(now);
	const minutes = Math.floor((((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / 60_000);
	return { date: fromUtc(wall), minutes };
}
