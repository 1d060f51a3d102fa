/**
 * Every UI string through i18next, in the build and in the browser. One instance; the strings
 * of each language are added when a page in that language needs them: the language layout's
 * server load hands the page's own language to the browser with the page's data
 * (routes/[[embed=embed]]/[lang=lang]/), so the browser never loads the other one. Keys are
 * typed (i18next.d.ts): a missing key fails the type check.
 */
import i18next, { type TFunction } from 'i18next';
import type { Language } from './languages';

export type Translate = TFunction<'translation', undefined>;
export type UiStrings = Record<string, unknown>;

const i18n = i18next.createInstance();
void i18n.init({
	// No language of its own: every translation goes through translator(lang).
	fallbackLng: false,
	resources: {},
	initAsync: false,
	// Svelte escapes what it renders; the plain-text note must not get HTML entities.
	interpolation: { escapeValue: false }
});

/** Adds a language's strings, once. */
export function addLanguage(lang: Language, strings: UiStrings): void {
	if (!i18n.hasResourceBundle(lang, 'translation')) i18n.addResourceBundle(lang, 'translation', strings);
}

/** The translate function for `lang`; its strings must have been added with `addLanguage`. */
export function translator(lang: Language): Translate {
	return i18n.getFixedT(lang);
}
