import { addLanguage } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** The page's language's UI strings, added before anything renders (on the server and in the browser). */
export const load: LayoutLoad = ({ data }) => {
	addLanguage(data.chrome.lang, data.strings);
	return { chrome: data.chrome, embedded: data.embedded };
};
