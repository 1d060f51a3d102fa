import { error } from '@sveltejs/kit';
import type { Language } from '$lib/i18n/languages';
import { pageEntries, pageOf } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pageEntries;

export const load: PageServerLoad = ({ params }) => {
	const page = pageOf(params.lang as Language, params.path);
	if (!page) error(404, 'Not found');
	return { page };
};
