import { loadLanguage } from '$lib/i18n';
import type { Language } from '$lib/i18n/languages';
import type { LayoutLoad } from './$types';

/** The UI strings of the page's language, before anything renders: the browser loads only this one. */
export const load: LayoutLoad = async ({ data, params }) => {
	await loadLanguage(params.lang as Language);
	return data;
};
