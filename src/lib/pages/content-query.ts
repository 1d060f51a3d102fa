/** Small questions asked of validated content by the page-model builders. */
import type { ContentPage, GuideContent } from '../content/guide-content';
import type { Language, LocalizedText, PageFrontmatter } from '../content/schema';
import { fillPlaceholders, type PlaceholderValues } from '../content/placeholders';
import { escapeHtml } from '../content/html';

export function localize(text: LocalizedText, lang: Language): string {
	return typeof text === 'string' ? text : text[lang];
}

export type PageOfKind<K extends PageFrontmatter['kind']> = ContentPage & { frontmatter: Extract<PageFrontmatter, { kind: K }> };

export function pagesOfKind<K extends PageFrontmatter['kind']>(content: GuideContent, lang: Language, kind: K): PageOfKind<K>[] {
	return content.pages[lang].filter((p): p is PageOfKind<K> => p.frontmatter.kind === kind);
}

/** The one page of a kind that check:content makes sure exists (start, safety, note …). */
export function singlePage<K extends PageFrontmatter['kind']>(content: GuideContent, lang: Language, kind: K): PageOfKind<K> {
	const page = pagesOfKind(content, lang, kind)[0];
	if (!page) throw new Error(`Content has no page of kind ${kind} in ${lang}`);
	return page;
}

export function placeholderValues(content: GuideContent, lang: Language): PlaceholderValues {
	return {
		kommune: localize(content.municipality.name, lang),
		arkivsystem: content.municipality.archiveSystem,
		loggverktøy: localize(content.municipality.logTool.name, lang)
	};
}

/** Fills `[kommune]` and the other placeholders with the values for `lang`. */
export function filler(content: GuideContent, lang: Language): (text: string) => string {
	const values = placeholderValues(content, lang);
	return (text) => fillPlaceholders(text, values);
}

/** Like `filler`, for HTML: the values are escaped, so a name with «<» or «&» stays text. */
export function htmlFiller(content: GuideContent, lang: Language): (html: string) => string {
	const values = placeholderValues(content, lang);
	const escaped = { kommune: escapeHtml(values.kommune), arkivsystem: escapeHtml(values.arkivsystem), loggverktøy: escapeHtml(values.loggverktøy) };
	return (html) => fillPlaceholders(html, escaped);
}
