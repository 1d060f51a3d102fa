/** Checks a date the user typed, with the rules a date field in the guide needs. */
import { addDays, LATEST_DATE, parseNorwegianDate, type DateParseError, type IsoDate } from './calendar';

/** Dates further back than this are almost certainly a typo in the year. */
export const MAX_YEARS_BACK = 5;

export type DateInputError = DateParseError | 'future' | 'tooOld' | 'tooFar';

export type DateInputResult = { ok: true; date: IsoDate } | { ok: false; error: DateInputError };

export function checkDateInput(input: string, options: { allowFuture: boolean; today: IsoDate }): DateInputResult {
	const parsed = parseNorwegianDate(input);
	if (!parsed.ok) return parsed;
	if (!options.allowFuture && parsed.date > options.today) return { ok: false, error: 'future' };
	if (parsed.date > LATEST_DATE) return { ok: false, error: 'tooFar' };
	const [year, month, day] = options.today.split('-');
	const earliest = `${Number(year) - MAX_YEARS_BACK}-${month}-${day}`;
	// 29 February minus five years does not exist; compare as strings against the day after instead.
	if (parsed.date < (earliest.endsWith('-02-29') ? addDays(earliest.replace('-29', '-28'), 1) : earliest)) {
		return { ok: false, error: 'tooOld' };
	}
	return parsed;
}
