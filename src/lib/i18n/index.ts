/**
 * UI strings through i18next, one instance per language, created synchronously so
 * prerendering and hydration produce the same text. Content text never comes from here:
 * it comes from `content/`.
 */
import i18next from 'i18next';
import type { Language } from '$lib/i18n/languages';
import nb from './locales/nb.json';
import nn from './locales/nn.json';

export const resources = { nb, nn } as const;

/** Interpolation values (`{{count}}`, `{{level}}` …) by name. */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

const cache = new Map<Language, { t: Translate; instance: ReturnType<typeof i18next.createInstance> }>();

export function translator(lang: Language): Translate {
	return entry(lang).t;
}

/**
 * Adds UI strings that only some pages use (the note and the consent checklist), so they
 * travel in those pages' code instead of every page's.
 */
export function addTranslations(lang: Language, strings: Record<string, unknown>): void {
	entry(lang).instance.addResourceBundle(lang, 'translation', strings, true, true);
}

function entry(lang: Language) {
	const cached = cache.get(lang);
	if (cached) return cached;
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		fallbackLng: false,
		// A copy: addTranslations extends the store, and the imported strings must stay as they are.
		resources: { [lang]: { translation: structuredClone(resources[lang]) } },
		initAsync: false,
		// Svelte escapes everything it renders; double escaping would show &amp; to users.
		interpolation: { escapeValue: false },
		returnNull: false,
		showSupportNotice: false
	});
	// i18next's key typing is built for typed resources; ours are checked by tests instead.
	const t = instance.t as unknown as Translate;
	const translate: Translate = (key, options) => {
		if (!instance.exists(key, options)) throw new Error(`Missing UI string «${key}» for ${lang}`);
		return t(key, options);
	};
	const created = { t: translate, instance };
	cache.set(lang, created);
	return created;
}
