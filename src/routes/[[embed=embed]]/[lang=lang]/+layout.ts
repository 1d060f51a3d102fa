import { base } from '$app/paths';
import { addLanguage } from '$lib/i18n';
import type { Language } from '$lib/i18n/languages';
import type { LanguageLayoutData } from '$lib/pages/model';
import type { LayoutLoad } from './$types';

/**
 * The chrome and the UI strings of the page's language (routes/layout/), the strings added to
 * i18next before anything renders, on the server and in the browser. It depends on the language
 * and /embed/ only, so SvelteKit runs it again only when one of them changes: the browser never
 * loads the other language's strings.
 */
export const load: LayoutLoad = async ({ params, fetch }) => {
	const lang = params.lang as Language;
	const response = await fetch(`${base}/layout/${lang}.json`);
	if (!response.ok) throw new Error(`/layout/${lang}.json: HTTP ${response.status}`);
	const { chrome, strings } = (await response.json()) as LanguageLayoutData;
	addLanguage(lang, strings);
	return { chrome, embedded: params.embed === 'embed' };
};
