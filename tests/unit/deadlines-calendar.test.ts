import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatShortDate, isoWeekday, isValidIsoDate, parseNorwegianDate, todayInOslo } from '../../src/lib/deadlines/calendar';

describe('parseNorwegianDate', () => {
	it('accepts the forms a Norwegian user types', () => {
		const ok = (date: string) => ({ ok: true, date });
		expect(parseNorwegianDate('29.03.2027')).toEqual(ok('2027-03-29'));
		expect(parseNorwegianDate('1.4.2027')).toEqual(ok('2027-04-01'));
		expect(parseNorwegianDate('01/04/2027')).toEqual(ok('2027-04-01'));
		expect(parseNorwegianDate('1-4-2027')).toEqual(ok('2027-04-01'));
		expect(parseNorwegianDate('  29.03.2027 \t')).toEqual(ok('2027-03-29'));
		expect(parseNorwegianDate('2027-03-29')).toEqual(ok('2027-03-29'));
		expect(parseNorwegianDate('29.02.2028')).toEqual(ok('2028-02-29'));
		expect(parseNorwegianDate('29.02.2000')).toEqual(ok('2000-02-29'));
		expect(parseNorwegianDate('31.12.9999')).toEqual(ok('9999-12-31'));
		expect(parseNorwegianDate('01.01.1000')).toEqual(ok('1000-01-01'));
	});

	it('says empty for nothing but whitespace', () => {
		expect(parseNorwegianDate('')).toEqual({ ok: false, error: 'empty' });
		expect(parseNorwegianDate('  \t ')).toEqual({ ok: false, error: 'empty' });
	});

	it('says format for the wrong shape, including two-digit years', () => {
		for (const input of ['01.04.27', '1.4.27', '29 . 03 . 2027', '29.03-2027', '29032027', '1. mars 2027', '29.03.2027.', '123.03.2027', '29.03.20271', 'abc', '2027-3-29x']) {
			expect(parseNorwegianDate(input), input).toEqual({ ok: false, error: 'format' });
		}
	});

	it('says impossible for a well-shaped date that does not exist', () => {
		for (const input of ['31.02.2027', '29.02.2027', '29.02.1900', '00.01.2027', '12.13.2027', '31.04.2027', '01.00.2027', '2027-02-30', '01.01.0999']) {
			expect(parseNorwegianDate(input), input).toEqual({ ok: false, error: 'impossible' });
		}
	});
});

describe('isValidIsoDate and formatShortDate', () => {
	it('knows real dates and leap years', () => {
		expect(isValidIsoDate('2027-03-29')).toBe(true);
		expect(isValidIsoDate('2028-02-29')).toBe(true);
		expect(isValidIsoDate('2000-02-29')).toBe(true);
		expect(isValidIsoDate('2100-02-29')).toBe(false);
		expect(isValidIsoDate('2027-02-31')).toBe(false);
		expect(isValidIsoDate('2027-3-29')).toBe(false);
		expect(isValidIsoDate('29.03.2027')).toBe(false);
		expect(isValidIsoDate('2027-03-29T00:00')).toBe(false);
	});

	it('formats as dd.mm.yyyy', () => {
		expect(formatShortDate('2027-03-29')).toBe('29.03.2027');
		expect(formatShortDate('2027-01-05')).toBe('05.01.2027');
	});
});

describe('date arithmetic', () => {
	it('adds days across month and year ends', () => {
		expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
		expect(addDays('2027-12-20', 21)).toBe('2028-01-10');
		expect(addDays('2028-01-01', -1)).toBe('2027-12-31');
		expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
		expect(addDays('2027-03-29', 0)).toBe('2027-03-29');
		expect(addDays('2027-01-01', 365)).toBe('2028-01-01');
		expect(addDays('2028-01-01', 366)).toBe('2029-01-01');
	});

	it('counts the days between two dates', () => {
		expect(daysBetween('2027-03-15', '2027-03-22')).toBe(7);
		expect(daysBetween('2027-03-22', '2027-03-15')).toBe(-7);
		expect(daysBetween('2027-03-29', '2027-03-29')).toBe(0);
		expect(daysBetween('2027-12-31', '2028-03-01')).toBe(61);
		expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
	});

	it('gives the ISO weekday, Monday = 1', () => {
		expect(isoWeekday('2027-03-29')).toBe(1);
		expect(isoWeekday('2027-03-24')).toBe(3);
		expect(isoWeekday('2026-12-31')).toBe(4);
		expect(isoWeekday('2027-03-27')).toBe(6);
		expect(isoWeekday('2027-03-28')).toBe(7);
	});

	it('refuses to compute with a date that does not exist', () => {
		expect(() => addDays('2027-02-31', 1)).toThrow(RangeError);
		expect(() => isoWeekday('29.03.2027')).toThrow(RangeError);
	});
});

describe('daylight saving time and time zones', () => {
	const originalTz = process.env.TZ;
	afterEach(() => {
		if (originalTz === undefined) delete process.env.TZ;
		else process.env.TZ = originalTz;
	});

	// Node applies a changed process.env.TZ at once. Far-apart offsets catch any local-time arithmetic.
	const zones = ['Europe/Oslo', 'UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];

	it('really switches the local time zone, so the checks below mean something', () => {
		process.env.TZ = 'Europe/Oslo';
		expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(-60);
		expect(new Date(2027, 6, 1).getTimezoneOffset()).toBe(-120);
		process.env.TZ = 'America/New_York';
		expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(300);
	});

	it.each(zones)('gives the same dates around the DST changes in %s', (zone) => {
		process.env.TZ = zone;
		// 2027: summer time starts 28 March, ends 31 October.
		expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
		expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
		expect(addDays('2027-03-29', -2)).toBe('2027-03-27');
		expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
		expect(addDays('2027-11-01', -2)).toBe('2027-10-30');
		expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
		expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
		expect(isoWeekday('2027-03-28')).toBe(7);
		expect(isoWeekday('2027-10-31')).toBe(7);
		// 2026: 29 March and 25 October.
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
		expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
		expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
		expect(addDays('2026-03-22', 7)).toBe('2026-03-29');
		expect(addDays('2026-10-18', 14)).toBe('2026-11-01');
		expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
		expect(parseNorwegianDate('29.03.2026')).toEqual({ ok: true, date: '2026-03-29' });
		expect(parseNorwegianDate('25.10.2026')).toEqual({ ok: true, date: '2026-10-25' });
	});
});

describe('todayInOslo', () => {
	it('gives the Norwegian calendar date, not the UTC one', () => {
		// 23:30 UTC on 31 December is already 1 January in Oslo (UTC+1 in winter).
		expect(todayInOslo(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
		// 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (UTC+2 in summer).
		expect(todayInOslo(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
		expect(todayInOslo(new Date('2027-06-30T21:30:00Z'))).toBe('2027-06-30');
	});

	it('agrees with the time zone database every half hour around each summer time change, 2024–2035', () => {
		const oslo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });
		let checked = 0;
		for (let year = 2024; year <= 2035; year++) {
			// A week either side of the last Sundays of March and October, and around New Year.
			for (const [month, day] of [[2, 22], [9, 22], [11, 28]] as const) {
				const from = Date.UTC(year, month, day);
				for (let time = from; time < from + 14 * 86_400_000; time += 1_800_000) {
					const now = new Date(time);
					expect(todayInOslo(now), now.toISOString()).toBe(oslo.format(now));
					checked++;
				}
			}
		}
		expect(checked).toBe(12 * 3 * 14 * 48);
	});
});
