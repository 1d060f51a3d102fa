import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { Language } from '$lib/i18n/languages';
import { translator } from '$lib/i18n';
import { pageEntries } from '$lib/server/entries';
import { guidePageData, renderGuidePage } from '$lib/server/guide-page';
import { clientScript, pathToRoot } from '$lib/server/client-script';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pageEntries;

/** The page's HTML is rendered by the guide's own component (lib/server/guide-page.ts). */
export const load: PageServerLoad = async ({ params, url }) => {
	const lang = params.lang as Language;
	const data = await guidePageData(lang, params.path, params.embed === 'embed');
	if (!data) error(404, 'Not found');
	const { page, chrome } = data.props;
	// Like SvelteKit's own links: relative to the page, so the built site can be moved.
	const toRoot = pathToRoot(url.pathname, base);
	const script = clientScript();
	return {
		title: `${page.title} – ${translator(lang)('site.titleSuffix', { municipality: chrome.municipality })}`,
		summary: page.summary,
		favicon: `${base}${chrome.favicon}`,
		html: renderGuidePage(data),
		script: { src: toRoot + script.src, preload: script.preload.map((file) => toRoot + file) }
	};
};
