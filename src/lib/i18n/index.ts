/**
 * Every UI string through i18next, in the build and in the browser. One instance; each
 * language's strings are a separate file, loaded when a page in that language needs them
 * (`loadLanguage`, called by the language layout's load), so the browser fetches only the
 * page's own language. Keys are typed (i18next.d.ts): a missing key fails the type check.
 */
import i18next, { type TFunction } from 'i18next';
import type { Language } from './languages';

export type Translate = TFunction<'translation', undefined>;

const i18n = i18next.createInstance();
void i18n.init({
	// No language of its own: every translation goes through translator(lang).
	fallbackLng: false,
	resources: {},
	initAsync: false,
	// Svelte escapes what it renders; the plain-text note must not get HTML entities.
	interpolation: { escapeValue: false }
});

const RESOURCES: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
	nb: () => import('./locales/nb.json'),
	nn: () => import('./locales/nn.json')
};

export async function loadLanguage(lang: Language): Promise<void> {
	if (i18n.hasResourceBundle(lang, 'translation')) return;
	const { default: strings } = await RESOURCES[lang]();
	i18n.addResourceBundle(lang, 'translation', strings);
}

/** The translate function for `lang`; its strings must have been loaded with `loadLanguage`. */
export function translator(lang: Language): Translate {
	return i18n.getFixedT(lang);
}
