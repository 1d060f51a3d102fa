import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { municipalitySchema } from '../../src/lib/content/schema';
import { isOpenAt, orderContacts } from '../../src/lib/contacts/order';
import { nowInOslo } from '../../src/lib/deadlines/calendar';
import type { OpeningHours } from '../../src/lib/contacts/schema';

const ROOT = join(import.meta.dirname, '../..');
const kommune = (dir: string) => parseYaml(readFileSync(join(ROOT, dir, 'kommune.yaml'), 'utf8')) as Record<string, unknown>;
const issues = (data: unknown) => {
	const result = municipalitySchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const withContacts = (contacts: unknown) => ({ ...kommune('content'), contacts });
const base = { id: 'x', name: 'X', number: '112', hours: 'always', use: 'emergency', purpose: 'P.' };

describe('the contact list in kommune.yaml', () => {
	it('holds any number of contacts, in the default content and in Fjellvik', () => {
		for (const dir of ['content', 'examples/fjellvik']) {
			const parsed = municipalitySchema.parse(kommune(dir));
			expect(parsed.contacts.map((c) => c.use)).toEqual(['office-hours', 'emergency', 'after-hours', 'anytime', 'anonymous-advice']);
			expect(parsed.contacts.map((c) => c.number).filter((n) => n.length <= 7)).toEqual(['112', '02800', '116 111']);
		}
	});

	it('rejects a number with letters or double spaces, naming the entry', () => {
		expect(issues(withContacts([{ ...base, number: 'ring meg' }]))).toEqual([
			'contacts.0.number: må være et telefonnummer med bare sifre og enkle mellomrom, f.eks. "12 34 56 78"'
		]);
		expect(issues(withContacts([{ ...base, number: '12  34' }]))).toHaveLength(1);
	});

	it('rejects hours that are not a clock time, an unknown day group, and an empty period', () => {
		const period = (p: object) => withContacts([base, { ...base, id: 'y', hours: [{ days: 'weekdays', from: '08:00', to: '15:30', ...p }] }]);
		expect(issues(period({ to: '25:00' }))[0]).toMatch(/^contacts\.1\.hours\.0\.to: må være et klokkeslett/);
		expect(issues(period({ from: '8' }))[0]).toMatch(/^contacts\.1\.hours\.0\.from: må være et klokkeslett/);
		expect(issues(period({ days: 'hverdager' }))[0]).toMatch(/^contacts\.1\.hours\.0\.days: må være weekdays/);
		expect(issues(period({ to: '08:00' }))[0]).toMatch(/from og to kan ikke være like/);
		expect(issues(period({}))).toEqual([]);
	});

	it('rejects an unknown use, a repeated id and a list without an emergency number', () => {
		expect(issues(withContacts([{ ...base, use: 'night' }]))[0]).toMatch(/^contacts\.0\.use: må være office-hours/);
		expect(issues(withContacts([base, base]))).toEqual(['contacts.1.id: «x» står to ganger']);
		expect(issues(withContacts([{ ...base, use: 'anytime' }]))).toEqual(['contacts: må ha et nødnummer (use: emergency), f.eks. 112']);
		expect(issues(withContacts([]))[0]).toMatch(/minst ett telefonnummer/);
	});
});

describe('the time of day in Norway', () => {
	it('reads the wall clock in winter (UTC+1) and summer (UTC+2), whatever the machine zone', () => {
		expect(nowInOslo(new Date('2026-12-01T19:00:00Z'))).toEqual({ date: '2026-12-01', minutes: 20 * 60 });
		expect(nowInOslo(new Date('2026-07-01T13:30:00Z'))).toEqual({ date: '2026-07-01', minutes: 15 * 60 + 30 });
		expect(nowInOslo(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', minutes: 30 });
	});
});

describe('opening hours', () => {
	const office: OpeningHours = [{ days: 'weekdays', from: '08:00', to: '15:30' }];
	const afterHours: OpeningHours = [
		{ days: 'weekdays', from: '15:30', to: '08:00' },
		{ days: 'weekend', from: '00:00', to: '24:00' }
	];
	const at = (date: string, clock: string) => ({ date, minutes: Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3)) });

	it('opens at `from` and closes at `to`', () => {
		expect(isOpenAt(office, at('2026-12-01', '07:59'))).toBe(false);
		expect(isOpenAt(office, at('2026-12-01', '08:00'))).toBe(true);
		expect(isOpenAt(office, at('2026-12-01', '15:29'))).toBe(true);
		expect(isOpenAt(office, at('2026-12-01', '15:30'))).toBe(false);
	});

	it('keeps the office closed at weekends and on public holidays', () => {
		expect(isOpenAt(office, at('2026-12-05', '10:00'))).toBe(false); // Saturday
		expect(isOpenAt(office, at('2026-12-25', '10:00'))).toBe(false); // Christmas Day, a Friday
		expect(isOpenAt(afterHours, at('2026-12-25', '10:00'))).toBe(true);
	});

	it('covers the evening and the early morning with a period that runs past midnight', () => {
		expect(isOpenAt(afterHours, at('2026-12-01', '20:00'))).toBe(true);
		expect(isOpenAt(afterHours, at('2026-12-07', '02:00'))).toBe(true); // Monday night
		expect(isOpenAt(afterHours, at('2026-12-01', '12:00'))).toBe(false);
		expect(isOpenAt([{ days: 'every-day', from: '00:00', to: '24:00' }], at('2026-12-01', '12:00'))).toBe(true);
	});
});

describe('orderContacts', () => {
	const contacts = municipalitySchema.parse(kommune('content')).contacts;
	const ids = (iso: string) => orderContacts(contacts, new Date(iso)).map((c) => `${c.id}${c.open ? '' : ' (stengt)'}`);

	it('puts the child welfare service first in office hours (Tuesday 14:30 in Oslo)', () => {
		expect(ids('2026-12-01T13:30:00Z')).toEqual(['barnevernstjenesten', 'naudnummer', 'politiet', 'alarmtelefonen', 'barnevernvakt (stengt)']);
	});

	it('puts the after-hours service first at 20:00 in Oslo, winter and summer', () => {
		expect(ids('2026-12-01T19:00:00Z')).toEqual(['barnevernvakt', 'naudnummer', 'politiet', 'alarmtelefonen', 'barnevernstjenesten (stengt)']);
		expect(ids('2026-06-02T18:00:00Z')[0]).toBe('barnevernvakt');
	});

	it('puts the after-hours service first on a public holiday at noon', () => {
		expect(ids('2026-12-25T11:00:00Z')[0]).toBe('barnevernvakt');
	});

	it('never drops a number and keeps the file order among equals', () => {
		for (const iso of ['2026-12-01T13:30:00Z', '2026-12-01T19:00:00Z', '2026-12-06T03:00:00Z']) {
			expect([...ids(iso)].map((s) => s.split(' ')[0]).sort()).toEqual(contacts.map((c) => c.id).sort());
		}
	});
});
