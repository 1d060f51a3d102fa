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

const cache = new Map<Language, Translate>();

export function translator(lang: Language): Translate {
	const cached = cache.get(lang);
	if (cached) return cached;
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		fallbackLng: false,
		resources: { [lang]: { translation: resources[lang] } },
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
	cache.set(lang, translate);
	return translate;
}
