import { registerStrings } from '$lib/i18n/registry';
import type { LayoutLoad } from './$types';

/** Only the page's own language travels to the browser, as its own cached file. */
const STRINGS = {
	nb: () => import('$lib/i18n/locales/nb.json'),
	nn: () => import('$lib/i18n/locales/nn.json')
};

export const load: LayoutLoad = async ({ data }) => {
	registerStrings(data.chrome.lang, (await STRINGS[data.chrome.lang]()).default);
	return data;
};
