/**
 * The guide's content for the build: read, checked and cached once (re-read on every request
 * under `npm run dev`, so an edit shows on reload). Server-only: each prerendered page carries
 * only its own model.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { contentDir } from '$lib/content/config';
import type { GuideContent } from '$lib/content/guide-content';
import { LANGUAGES, type Language } from '$lib/content/schema';
import { formatProblems } from '$lib/content/problems';
import { loadContent } from '$lib/content/read-dir';
import { isReleaseBuild, releaseProblems } from '$lib/content/release';
import { renderMarkdown } from '$lib/content/markdown';
import { translator } from '$lib/i18n';
import '$lib/i18n/strings.server';
import { chromeModel } from '$lib/pages/chrome';
import type { ChromeModel, PageModel } from '$lib/pages/model';
import { pageModel } from '$lib/pages/page';
import { printPageModel } from '$lib/pages/print';
import { printPaths } from '$lib/pages/print-paths';

let cached: GuideContent | undefined;

export function guideContent(): GuideContent {
	if (cached && !dev) return cached;
	const { content, problems } = loadContent(contentDir());
	if (!content) throw new Error(formatProblems(problems));
	const refused = isReleaseBuild() ? releaseProblems(content) : [];
	if (refused.length > 0) throw new Error(formatProblems(refused));
	cached = content;
	return content;
}

/** Every content page in both languages, on the website and for embedding (the route's `entries`). */
export function pageEntries(): { embed?: string; lang: Language; path: string }[] {
	const content = guideContent();
	return LANGUAGES.flatMap((lang) =>
		[...content.pages[lang].map((p) => p.path), ...printPaths(content, lang).map((p) => p.path)].flatMap((path) => [
			{ lang, path },
			{ embed: 'embed', lang, path }
		])
	);
}

export function chromeOf(lang: Language): ChromeModel {
	return chromeModel(guideContent(), lang);
}

/** The model of the page at `path` in `lang`, or undefined when there is none. */
export function pageOf(lang: Language, path: string): PageModel | undefined {
	const content = guideContent();
	const wanted = path.replace(/\/$/, '');
	const found = content.pages[lang].find((p) => p.path === wanted);
	if (found) return pageModel(content, found, renderMarkdown(found.body, base), translator(lang));
	const print = printPaths(content, lang).find((p) => p.path === wanted);
	if (print) return printPageModel(content, lang, print, (markdown, offset) => renderMarkdown(markdown, base, offset), translator(lang));
	return undefined;
}
