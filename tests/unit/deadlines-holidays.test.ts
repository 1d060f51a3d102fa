import { describe, expect, it } from 'vitest';
import {
	easterSunday,
	holidaysOn,
	lastWorkingDayOnOrBefore,
	nonWorkingReason,
	norwegianHolidays
} from '../../src/lib/deadlines/holidays';

// Known Easter Sundays (Gregorian), 2000–2039.
const EASTER: Record<number, string> = {
	2000: '04-23', 2001: '04-15', 2002: '03-31', 2003: '04-20', 2004: '04-11',
	2005: '03-27', 2006: '04-16', 2007: '04-08', 2008: '03-23', 2009: '04-12',
	2010: '04-04', 2011: '04-24', 2012: '04-08', 2013: '03-31', 2014: '04-20',
	2015: '04-05', 2016: '03-27', 2017: '04-16', 2018: '04-01', 2019: '04-21',
	2020: '04-12', 2021: '04-04', 2022: '04-17', 2023: '04-09', 2024: '03-31',
	2025: '04-20', 2026: '04-05', 2027: '03-28', 2028: '04-16', 2029: '04-01',
	2030: '04-21', 2031: '04-13', 2032: '03-28', 2033: '04-17', 2034: '04-09',
	2035: '03-25', 2036: '04-13', 2037: '04-05', 2038: '04-25', 2039: '04-10'
};

describe('easterSunday', () => {
	it.each(Object.entries(EASTER))('%s', (year, date) => {
		expect(easterSunday(Number(year))).toBe(`${year}-${date}`);
	});

	it('reaches the earliest and latest possible dates', () => {
		expect(easterSunday(1818)).toBe('1818-03-22');
		expect(easterSunday(2285)).toBe('2285-03-22');
		expect(easterSunday(1943)).toBe('1943-04-25');
	});

	it('is always a Sunday between 22 March and 25 April', () => {
		for (let year = 1583; year <= 3000; year++) {
			const date = easterSunday(year);
			expect(nonWorkingReason(date)).toBeDefined();
			expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(0);
			expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true);
		}
	});
});

describe('norwegianHolidays', () => {
	it('lists every holiday of 2026', () => {
		expect(norwegianHolidays(2026)).toEqual([
			{ date: '2026-01-01', id: 'nyttarsdag' },
			{ date: '2026-04-02', id: 'skjaertorsdag' },
			{ date: '2026-04-03', id: 'langfredag' },
			{ date: '2026-04-05', id: 'forste-paskedag' },
			{ date: '2026-04-06', id: 'andre-paskedag' },
			{ date: '2026-05-01', id: 'arbeidernes-dag' },
			{ date: '2026-05-14', id: 'kristi-himmelfartsdag' },
			{ date: '2026-05-17', id: 'grunnlovsdag' },
			{ date: '2026-05-24', id: 'forste-pinsedag' },
			{ date: '2026-05-25', id: 'andre-pinsedag' },
			{ date: '2026-12-25', id: 'forste-juledag' },
			{ date: '2026-12-26', id: 'andre-juledag' }
		]);
	});

	it('lists every holiday of 2027, where 17 May is also 2. pinsedag', () => {
		expect(norwegianHolidays(2027)).toEqual([
			{ date: '2027-01-01', id: 'nyttarsdag' },
			{ date: '2027-03-25', id: 'skjaertorsdag' },
			{ date: '2027-03-26', id: 'langfredag' },
			{ date: '2027-03-28', id: 'forste-paskedag' },
			{ date: '2027-03-29', id: 'andre-paskedag' },
			{ date: '2027-05-01', id: 'arbeidernes-dag' },
			{ date: '2027-05-06', id: 'kristi-himmelfartsdag' },
			{ date: '2027-05-16', id: 'forste-pinsedag' },
			{ date: '2027-05-17', id: 'grunnlovsdag' },
			{ date: '2027-05-17', id: 'andre-pinsedag' },
			{ date: '2027-12-25', id: 'forste-juledag' },
			{ date: '2027-12-26', id: 'andre-juledag' }
		]);
	});
});

describe('holidaysOn', () => {
	it('names both holidays when two share a day', () => {
		expect(holidaysOn('2027-05-17')).toEqual(['grunnlovsdag', 'andre-pinsedag']);
		expect(holidaysOn('2012-05-17')).toEqual(['grunnlovsdag', 'kristi-himmelfartsdag']);
		expect(holidaysOn('2008-05-01')).toEqual(['arbeidernes-dag', 'kristi-himmelfartsdag']);
	});

	it('names one holiday or none', () => {
		expect(holidaysOn('2027-03-29')).toEqual(['andre-paskedag']);
		expect(holidaysOn('2026-05-17')).toEqual(['grunnlovsdag']);
		expect(holidaysOn('2027-03-24')).toEqual([]);
		expect(holidaysOn('2027-12-24')).toEqual([]); // julaften is not a public holiday
	});
});

describe('nonWorkingReason', () => {
	it('names weekends', () => {
		expect(nonWorkingReason('2027-04-10')).toEqual({ kind: 'weekend', day: 'saturday' });
		expect(nonWorkingReason('2027-04-11')).toEqual({ kind: 'weekend', day: 'sunday' });
	});

	it('names a holiday before a weekend', () => {
		expect(nonWorkingReason('2027-03-29')).toEqual({ kind: 'holiday', ids: ['andre-paskedag'] });
		expect(nonWorkingReason('2027-03-28')).toEqual({ kind: 'holiday', ids: ['forste-paskedag'] });
		expect(nonWorkingReason('2027-12-25')).toEqual({ kind: 'holiday', ids: ['forste-juledag'] }); // a Saturday
	});

	it('gives nothing for a working day', () => {
		expect(nonWorkingReason('2027-03-24')).toBeUndefined();
		expect(nonWorkingReason('2027-05-18')).toBeUndefined();
	});
});

describe('lastWorkingDayOnOrBefore', () => {
	it('keeps a working day', () => {
		expect(lastWorkingDayOnOrBefore('2027-03-24')).toBe('2027-03-24');
	});

	it('goes back over the whole of Easter', () => {
		// 2. påskedag → past 1. påskedag, Saturday, langfredag and skjærtorsdag to Wednesday.
		expect(lastWorkingDayOnOrBefore('2027-03-29')).toBe('2027-03-24');
		expect(lastWorkingDayOnOrBefore('2026-04-06')).toBe('2026-04-01');
	});

	it('goes back over Christmas and New Year', () => {
		expect(lastWorkingDayOnOrBefore('2027-01-01')).toBe('2026-12-31');
		expect(lastWorkingDayOnOrBefore('2027-12-26')).toBe('2027-12-24');
		expect(lastWorkingDayOnOrBefore('2028-01-01')).toBe('2027-12-31'); // a Saturday
	});

	it('goes back over a weekend and over 17 May + pinse', () => {
		expect(lastWorkingDayOnOrBefore('2027-04-11')).toBe('2027-04-09');
		expect(lastWorkingDayOnOrBefore('2027-05-17')).toBe('2027-05-14');
	});
});
