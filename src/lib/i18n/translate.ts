/**
 * UI strings in the i18next resource format (nested keys, `{{name}}` interpolation, `_one` /
 * `_other` plurals), read by a few lines of our own: the i18next library weighed 13 KiB gzip
 * on every page, for three features. Pure; the strings come from the registry.
 */
import type { Language } from './languages';

/** Interpolation values (`{{count}}`, `{{level}}` …) by name. */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

export type Strings = { [key: string]: string | Strings };

function lookup(strings: Strings, key: string): string | undefined {
	let node: string | Strings | undefined = strings;
	for (const part of key.split('.')) {
		if (typeof node !== 'object') return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

export function createTranslator(lang: Language, strings: () => Strings): Translate {
	// Bokmål and nynorsk share the plural rules of Norwegian.
	const plurals = new Intl.PluralRules('no');
	return (key, options = {}) => {
		const count = options.count;
		const text =
			(typeof count === 'number' ? lookup(strings(), `${key}_${plurals.select(count)}`) : undefined) ?? lookup(strings(), key);
		if (text === undefined) throw new Error(`Missing UI string «${key}» for ${lang}`);
		return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
			Object.hasOwn(options, name) ? String(options[name]) : match
		);
	};
}
