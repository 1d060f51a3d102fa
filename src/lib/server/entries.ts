import { LANGUAGES } from '$lib/content/schema';
import { guideContent } from './content';

/** Every content page in both languages, on the website and for embedding. */
export function pageEntries() {
	const content = guideContent();
	return LANGUAGES.flatMap((lang) =>
		content.pages[lang].flatMap((p) => [
			{ lang, path: p.path },
			{ embed: 'embed', lang, path: p.path }
		])
	);
}
