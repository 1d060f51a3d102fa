import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { pageDataUrl } from '$lib/content/data-urls';
import type { PageModel } from '$lib/content/view';
import { registerStrings } from '$lib/i18n/registry';
import type { Strings } from '$lib/i18n/translate';
import type { Language } from '$lib/i18n/languages';
import type { PageLoad } from './$types';

/**
 * The page's model comes from its JSON file (built by src/routes/data/). The note and the
 * consent checklist carry their own code (building the note, copy, print), loaded only on
 * their pages so every other page stays light.
 */
export const load: PageLoad = async ({ params, fetch }) => {
	const response = await fetch(pageDataUrl(base, params.lang as Language, params.path, params.embed === 'embed'));
	if (!response.ok) error(response.status === 404 ? 404 : 500, response.status === 404 ? 'Not found' : 'Error');
	const { page, strings }: { page: PageModel; strings?: Strings } = await response.json();
	if (strings) registerStrings(page.lang, strings);
	return {
		page,
		NotePage: page.kind === 'note' ? (await import('$lib/components/outputs/NotePage.svelte')).default : undefined,
		ConsentPage: page.kind === 'consent' ? (await import('$lib/components/outputs/ConsentPage.svelte')).default : undefined
	};
};
