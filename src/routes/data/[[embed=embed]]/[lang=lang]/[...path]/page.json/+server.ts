import { error, json } from '@sveltejs/kit';
import type { Language } from '$lib/content/schema';
import { chromeModel, pageModel } from '$lib/content/view';
import { outputResources, translator } from '$lib/i18n';
import { findPage, guideContent, renderBody } from '$lib/server/content';
import { pageEntries } from '$lib/server/entries';
import { pageParts } from '$lib/server/static-parts';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One page's model and its static parts' HTML as a JSON file, written at build time for the site
 * and for embedding (their links differ).
 */
export const prerender = true;

export const entries: EntryGenerator = pageEntries;

export const GET: RequestHandler = async ({ params }) => {
	const lang = params.lang as Language;
	const page = findPage(lang, params.path.replace(/\/$/, ''));
	if (!page) error(404, 'Not found');
	const content = guideContent();
	const model = pageModel(content, page, await renderBody(page), translator(lang));
	const parts = pageParts(model, chromeModel(content, lang), { lang, embedded: params.embed === 'embed' });
	// The note's and the checklist's own UI strings travel with those two pages only.
	const strings = model.kind === 'note' || model.kind === 'consent' ? outputResources[lang] : undefined;
	return json({ page: model, parts, strings });
};
