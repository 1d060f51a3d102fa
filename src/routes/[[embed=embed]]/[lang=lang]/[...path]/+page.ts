import type { PageLoad } from './$types';

/**
 * The note and the consent checklist carry their own code (building the note, copy, print),
 * loaded only on their pages so every other page stays as light as before.
 */
export const load: PageLoad = async ({ data }) => {
	const kind = data.page.kind;
	return {
		...data,
		NotePage: kind === 'note' ? (await import('$lib/components/outputs/NotePage.svelte')).default : undefined,
		ConsentPage: kind === 'consent' ? (await import('$lib/components/outputs/ConsentPage.svelte')).default : undefined
	};
};
