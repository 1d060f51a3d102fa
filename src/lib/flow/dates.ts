/** Today's calendar date in Norway, as YYYY-MM-DD, whatever the device's time zone. */
export function todayInOslo(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/** `2027-03-29` → `29.03.2027`, the Norwegian short form. */
export function formatShortDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-');
	return `${day}.${month}.${year}`;
}
