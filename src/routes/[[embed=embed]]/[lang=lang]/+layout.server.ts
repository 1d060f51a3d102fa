import type { Language } from '$lib/i18n/languages';
import { UI_STRINGS } from '$lib/i18n/strings.server';
import { chromeOf } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

/** What every page of one language shares: header, footer, theme and links, and the UI strings of that language only. */
export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang as Language;
	return { chrome: chromeOf(lang), embedded: params.embed === 'embed', strings: UI_STRINGS[lang] };
};
