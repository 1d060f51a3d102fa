import { json } from '@sveltejs/kit';
import { LANGUAGES, type Language } from '$lib/content/schema';
import { chromeModel } from '$lib/content/view';
import { resources } from '$lib/i18n';
import { guideContent } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One language's chrome and UI strings, written once at build time and shared by every page
 * in that language. The strings travel as data (JSON), not as a JavaScript module.
 */
export const prerender = true;

export const entries: EntryGenerator = () => LANGUAGES.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Language;
	return json({ chrome: chromeModel(guideContent(), lang), strings: resources[lang] });
};
