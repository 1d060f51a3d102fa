import { error } from '@sveltejs/kit';
import { LANGUAGES, type Language } from '$lib/content/schema';
import { pageModel } from '$lib/content/view';
import { translator } from '$lib/i18n';
import { findPage, guideContent, renderBody } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every content page in both languages is prerendered, on the website and for embedding. */
export const entries: EntryGenerator = () => {
	const content = guideContent();
	return LANGUAGES.flatMap((lang) =>
		content.pages[lang].flatMap((p) => [
			{ lang, path: p.path },
			{ embed: 'embed', lang, path: p.path }
		])
	);
};

export const load: PageServerLoad = async ({ params }) => {
	const lang = params.lang as Language;
	// With trailing slashes on, the rest parameter arrives as `niva-1/trinn-2/`.
	const page = findPage(lang, params.path.replace(/\/$/, ''));
	if (!page) error(404, 'Not found');
	const model = pageModel(guideContent(), page, await renderBody(page), translator(lang));
	return { page: model };
};
