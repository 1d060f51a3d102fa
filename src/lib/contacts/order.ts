/**
 * Which number the safety page shows first: the one that fits the time of day in Norway.
 * Pure; the page calls it in the browser with the current time (the build does not know it).
 */
import { nowInOslo, type IsoDate } from '../deadlines/calendar';
import { nonWorkingReason } from '../deadlines/holidays';
import type { ContactUse, DayGroup, OpeningHours } from './schema';

export interface OrderableContact {
	use: ContactUse;
	hours: OpeningHours;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

function dayMatches(group: DayGroup, date: IsoDate): boolean {
	if (group === 'every-day') return true;
	const working = nonWorkingReason(date) === undefined;
	return group === 'weekdays' ? working : !working;
}

/** Whether the hours cover that minute (0–1439) of that day in Norway. A period with `to` before `from`
 * covers the evening and the early morning of each of its days. */
export function isOpenAt(hours: OpeningHours, at: { date: IsoDate; minutes: number }): boolean {
	return hours.some((p) => {
		const from = minutesOf(p.from);
		const to = minutesOf(p.to);
		if (from < to) return dayMatches(p.days, at.date) && at.minutes >= from && at.minutes < to;
		// «Weekdays 15:30–08:00»: the evening and the early morning of those days.
		return dayMatches(p.days, at.date) && (at.minutes >= from || at.minutes < to);
	});
}

/**
 * Rank: the child welfare number that is open now (office hours or after hours) first, then the
 * emergency number, the around-the-clock numbers and anonymous advice; numbers that are closed
 * now come last. Ties keep the order of kommune.yaml.
 */
function rank(contact: OrderableContact, open: boolean): number {
	if (!open) return 5;
	switch (contact.use) {
		case 'office-hours':
		case 'after-hours':
			return 0;
		case 'emergency':
			return 1;
		case 'anytime':
			return 2;
		case 'anonymous-advice':
			return 3;
	}
}

/** The contacts in the order to show them at `now`, each with whether it is open now. Every contact stays in the list. */
export function orderContacts<T extends OrderableContact>(contacts: readonly T[], now: Date): (T & { open: boolean })[] {
	const at = nowInOslo(now);
	return contacts
		.map((c, index) => {
			const open = isOpenAt(c.hours, at);
			return { contact: { ...c, open }, key: rank(c, open), index };
		})
		.sort((a, b) => a.key - b.key || a.index - b.index)
		.map((x) => x.contact);
}
