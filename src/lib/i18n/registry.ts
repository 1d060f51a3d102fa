/**
 * The UI strings loaded so far, per language. In the browser, the page's script registers the
 * strings written into the page (src/client/guide.ts); the build registers everything (index.ts).
 */
import type { Language } from './languages';
import { createTranslator, type Strings, type Translate } from './translate';

const loaded: Record<Language, Strings> = { nb: {}, nn: {} };
const translators = new Map<Language, Translate>();

function merge(target: Strings, source: Strings): void {
	for (const [key, value] of Object.entries(source)) {
		if (typeof value === 'string') {
			target[key] = value;
			continue;
		}
		// Nested objects are copied, so a later merge never changes the caller's objects (the
		// build passes the imported resource modules). No structuredClone: this runs at page load.
		const existing = target[key];
		merge(typeof existing === 'object' ? existing : (target[key] = {}), value);
	}
}

export function registerStrings(lang: Language, strings: Strings): void {
	merge(loaded[lang], strings);
}

export function translator(lang: Language): Translate {
	let translate = translators.get(lang);
	if (!translate) {
		translate = createTranslator(lang, () => loaded[lang]);
		translators.set(lang, translate);
	}
	return translate;
}
