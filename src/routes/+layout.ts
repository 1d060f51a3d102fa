import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { languageDataUrl } from '$lib/content/data-urls';
import type { ChromeModel } from '$lib/content/view';
import { registerStrings } from '$lib/i18n/registry';
import type { Strings } from '$lib/i18n/translate';
import type { Language } from '$lib/i18n/languages';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML; trailing slashes give `…/index.html` files
// that any static web server can serve without rewrite rules.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * A page in a language gets the language's chrome and UI strings: one JSON file per language,
 * cached by the browser. The site root (no language) gets nothing.
 */
export const load: LayoutLoad = async ({ params, fetch }) => {
	if (!params.lang) return { chrome: undefined, embedded: false };
	const lang = params.lang as Language;
	const response = await fetch(languageDataUrl(base, lang));
	if (!response.ok) error(500, 'Error');
	const { chrome, strings }: { chrome: ChromeModel; strings: Strings } = await response.json();
	registerStrings(lang, strings);
	return { chrome, embedded: params.embed === 'embed' };
};
