import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { pageDataUrl } from '$lib/content/data-urls';
import type { PageModel, PageParts } from '$lib/content/view';
import { ownCodeViewOf, stepDeadlinesOf } from '$lib/components/views';
import { registerStrings } from '$lib/i18n/registry';
import type { Strings } from '$lib/i18n/translate';
import type { Language } from '$lib/i18n/languages';
import type { PageLoad } from './$types';

/** The page's model comes from its JSON file (built by src/routes/data/), its view from views.ts. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
	const [response, { chrome }] = await Promise.all([
		fetch(pageDataUrl(base, params.lang as Language, params.path, params.embed === 'embed')),
		parent()
	]);
	// Every address with a language has its chrome (the root layout's load).
	if (!chrome) error(500, 'Error');
	if (!response.ok) error(response.status === 404 ? 404 : 500, response.status === 404 ? 'Not found' : 'Error');
	const { page, parts, strings }: { page: PageModel; parts: PageParts; strings?: Strings } = await response.json();
	if (strings) registerStrings(page.lang, strings);
	const [View, StepDeadlines] = await Promise.all([ownCodeViewOf(page), stepDeadlinesOf(page)]);
	return { page, parts, chrome, View, StepDeadlines };
};
