import { describe, expect, it } from 'vitest';
import { parseIcsEvents, toIcs, type CalendarEvent } from '../../src/lib/deadlines/ics';

const options = { now: new Date(Date.UTC(2027, 2, 29, 12, 0, 0, 456)), productId: '-//Handlingsveilederen//NO' };
const bytes = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('toIcs', () => {
	const event: CalendarEvent = { uid: 'samtale-2027-03-24@handlingsveilederen', date: '2027-03-24', title: 'Kalle inn foresatte', description: 'Regel' };

	it('writes a calendar with an all-day event', () => {
		expect(toIcs([event], options)).toBe(
			[
				'BEGIN:VCALENDAR',
				'VERSION:2.0',
				'PRODID:-//Handlingsveilederen//NO',
				'CALSCALE:GREGORIAN',
				'METHOD:PUBLISH',
				'BEGIN:VEVENT',
				'UID:samtale-2027-03-24@handlingsveilederen',
				'DTSTAMP:20270329T120000Z',
				'DTSTART;VALUE=DATE:20270324',
				'DTEND;VALUE=DATE:20270325',
				'SUMMARY:Kalle inn foresatte',
				'DESCRIPTION:Regel',
				'TRANSP:TRANSPARENT',
				'END:VEVENT',
				'END:VCALENDAR',
				''
			].join('\r\n')
		);
	});

	it('uses CRLF only and ends with one', () => {
		const ics = toIcs([event, { ...event, uid: 'b' }], options);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('leaves out DESCRIPTION when there is none', () => {
		expect(toIcs([{ uid: 'a', date: '2027-03-24', title: 'T' }], options)).not.toContain('DESCRIPTION');
	});

	it('ends the day after, across month and year ends', () => {
		const ics = toIcs([{ uid: 'a', date: '2027-12-31', title: 'T' }, { uid: 'b', date: '2028-02-29', title: 'T' }], options);
		expect(ics).toContain('DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101\r\n');
		expect(ics).toContain('DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n');
	});

	it('escapes backslash, semicolon, comma and newlines', () => {
		const ics = toIcs([{ uid: 'a', date: '2027-03-24', title: 'A, B; C\\D', description: 'linje 1\nlinje 2\r\nlinje 3' }], options);
		expect(ics).toContain('SUMMARY:A\\, B\\; C\\\\D\r\n');
		expect(ics).toContain('DESCRIPTION:linje 1\\nlinje 2\\nlinje 3\r\n');
	});

	it('folds long lines at 75 octets without splitting a Norwegian letter', () => {
		const title = 'Kalle inn føresette til samtale om skulemiljøet – sjå òg kva rektor må gjere før æ, ø og å 😀 '.repeat(4);
		const ics = toIcs([{ uid: 'a', date: '2027-03-24', title }], options);
		const lines = ics.split('\r\n');
		expect(lines.length).toBeGreaterThan(16);
		for (const line of lines) {
			expect(bytes(line)).toBeLessThanOrEqual(75);
			expect(line).not.toContain('\uFFFD');
		}
		// Folding fills lines: every folded line but the last is close to full.
		const summaryLines = ics.slice(ics.indexOf('SUMMARY:')).split('\r\n');
		expect(bytes(summaryLines[0]!)).toBeGreaterThanOrEqual(72);
		expect(summaryLines[1]!.startsWith(' ')).toBe(true);
		expect(unfold(ics)).toContain(`SUMMARY:${title.replace(/,/g, '\\,')}\r\n`);
	});

	it('folds exactly at the limit for ASCII', () => {
		const title = 'x'.repeat(75 - 'SUMMARY:'.length);
		expect(toIcs([{ uid: 'a', date: '2027-03-24', title }], options)).toContain(`SUMMARY:${title}\r\nTRANSP`);
		const longer = `${title}yz`;
		expect(toIcs([{ uid: 'a', date: '2027-03-24', title: longer }], options)).toContain(`SUMMARY:${title}\r\n yz\r\n`);
	});
});

describe('parseIcsEvents', () => {
	it('round-trips events', () => {
		const events: CalendarEvent[] = [
			{ uid: 'samtale-skolemiljo-2027-03-24@handlingsveilederen', date: '2027-03-24', title: 'Kalle inn føresette til samtale (skulemiljøsak) – Ærlig, ødelagt; Åse\\', description: 'Første linje\nAndre linje, med komma; og semikolon. '.repeat(5) },
			{ uid: 'b', date: '2027-12-31', title: 'Evalueringsmøte' }
		];
		expect(parseIcsEvents(toIcs(events, options))).toEqual([
			{ uid: events[0]!.uid, start: '20270324', end: '20270325', summary: events[0]!.title, description: events[0]!.description },
			{ uid: 'b', start: '20271231', end: '20280101', summary: 'Evalueringsmøte' }
		]);
	});

	it('gives nothing for a calendar without events', () => {
		expect(parseIcsEvents(toIcs([], options))).toEqual([]);
	});
});
