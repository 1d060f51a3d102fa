/**
 * All-day calendar events as an iCalendar file (RFC 5545) that Outlook, Google and Apple
 * calendars can import.
 */
import { addDays, type IsoDate } from './calendar';

export interface CalendarEvent {
	uid: string;
	date: IsoDate;
	title: string;
	description?: string;
	/** A reminder this many days before the day (VALARM), if set. */
	alarmDaysBefore?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
	return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1). Counts UTF-8
 * bytes, not characters (æ, ø, å are two bytes each), and only breaks between code points.
 * A continuation line starts with one space, which counts towards its 75 octets.
 */
function fold(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > MAX_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join(CRLF);
}

const compactDate = (date: IsoDate) => date.replaceAll('-', '');

/** 2027-03-29T12:00:00.123Z → 20270329T120000Z */
const utcStamp = (now: Date) => now.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');

export function toIcs(events: readonly CalendarEvent[], options: { now: Date; productId: string }): string {
	const stamp = utcStamp(options.now);
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(options.productId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${compactDate(event.date)}`,
			// DTEND of an all-day event is exclusive: the day after.
			`DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
			`SUMMARY:${escapeText(event.title)}`
		);
		if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		lines.push('TRANSP:TRANSPARENT');
		if (event.alarmDaysBefore !== undefined) {
			lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:-P${event.alarmDaysBefore}D`, 'END:VALARM');
		}
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join(CRLF) + CRLF;
}

/** An event as parseIcsEvents reads it back; `alarm` is the VALARM's TRIGGER, if any. */
export interface ParsedIcsEvent {
	uid: string;
	start: string;
	end: string;
	summary: string;
	description?: string;
	alarm?: string;
}

/** Minimal reader for the files toIcs writes: unfolds lines and unescapes text values. */
export function parseIcsEvents(ics: string): ParsedIcsEvent[] {
	const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
	const events: ParsedIcsEvent[] = [];
	let props: Map<string, string> | undefined;
	let alarm: string | undefined;
	let inAlarm = false;
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') {
			props = new Map();
			alarm = undefined;
		} else if (line === 'BEGIN:VALARM') inAlarm = true;
		else if (line === 'END:VALARM') inAlarm = false;
		else if (line === 'END:VEVENT' && props) {
			const description = props.get('DESCRIPTION');
			events.push({
				uid: unescapeText(props.get('UID') ?? ''),
				start: props.get('DTSTART') ?? '',
				end: props.get('DTEND') ?? '',
				summary: unescapeText(props.get('SUMMARY') ?? ''),
				...(description !== undefined ? { description: unescapeText(description) } : {}),
				...(alarm !== undefined ? { alarm } : {})
			});
			props = undefined;
		} else if (props) {
			const colon = line.indexOf(':');
			if (colon < 0) continue;
			// Name without parameters: DTSTART;VALUE=DATE → DTSTART.
			const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
			if (inAlarm) {
				if (name === 'TRIGGER') alarm = line.slice(colon + 1);
			} else props.set(name, line.slice(colon + 1));
		}
	}
	return events;
}
