import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { Language } from '$lib/i18n/languages';
import { pageEntries } from '$lib/server/entries';
import { guidePageData, pageTitle, renderGuidePage } from '$lib/server/guide-page';
import { clientScriptFor } from '$lib/server/client-script';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pageEntries;

/** The page's HTML is rendered by the guide's own component (lib/server/guide-page.ts). */
export const load: PageServerLoad = async ({ params, url }) => {
	const lang = params.lang as Language;
	const data = await guidePageData(lang, params.path, params.embed === 'embed');
	if (!data) error(404, 'Not found');
	const { page, chrome } = data.props;
	return {
		title: pageTitle(data),
		summary: page.summary,
		favicon: `${base}${chrome.favicon}`,
		html: renderGuidePage(data),
		script: clientScriptFor(url.pathname, base)
	};
};
