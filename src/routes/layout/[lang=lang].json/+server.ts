import { json } from '@sveltejs/kit';
import { LANGUAGES, type Language } from '$lib/i18n/languages';
import { UI_STRINGS } from '$lib/i18n/strings.server';
import { chromeOf } from '$lib/server/content';
import type { LanguageLayoutData } from '$lib/pages/model';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * What every page of one language shares, as a file of its own (/layout/nb.json): the header,
 * footer, theme and links, and that language's UI strings. The language layout's load fetches it;
 * the first page has it inlined in its HTML, and the router does not ask again until the language
 * changes. Were it the layout's server data, every page's __data.json would carry it again, and
 * the router would run the layout's load and redraw the header and footer on every answer.
 */
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => LANGUAGES.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Language;
	return json({ chrome: chromeOf(lang), strings: UI_STRINGS[lang] } satisfies LanguageLayoutData);
};
