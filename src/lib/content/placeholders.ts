/**
 * Content may say `[kommune]`, `[arkivsystem]` or `[loggverktøy]`; the values come from
 * kommune.yaml so a municipality changes them in one place.
 */
export interface PlaceholderValues {
	kommune: string;
	arkivsystem: string;
	loggverktøy: string;
}

export const PLACEHOLDER_PATTERN = /\[(kommune|arkivsystem|loggverktøy)\]/g;

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
	return text.replace(PLACEHOLDER_PATTERN, (_, key: keyof PlaceholderValues) => values[key]);
}
