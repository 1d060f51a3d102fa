/**
 * UI strings through i18next, one instance per language, created synchronously so
 * prerendering and hydration produce the same text. Content text never comes from here:
 * it comes from `content/`.
 */
import i18next, { type TOptions } from 'i18next';
import type { Language } from '$lib/i18n/languages';
import nb from './locales/nb.json';
import nn from './locales/nn.json';

export const resources = { nb, nn } as const;

export type Translate = (key: string, options?: TOptions) => string;

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
	const translate: Translate = (key, options) => {
		if (!instance.exists(key, options)) throw new Error(`Missing UI string «${key}» for ${lang}`);
		return instance.t(key, options) as string;
	};
	cache.set(lang, translate);
	return translate;
}
