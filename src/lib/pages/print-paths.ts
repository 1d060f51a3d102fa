/**
 * Where the print pages are: the whole guide at `/<lang>/skriv-ut/`, and each level beside its
 * own page (`/<lang>/niva-1/skriv-ut/`). Made from the levels, not from files of their own, so a
 * new level is printable at once; check:content refuses a content page at one of these paths.
 */
import type { ContentPage, GuideContent } from '../content/guide-content';
import type { Language } from '../content/schema';

export const PRINT_SLUG = 'skriv-ut';

export interface PrintPath {
	path: string;
	/** The level this page prints; absent for the whole guide. */
	level?: string;
}

/** Beside the level's page; a level whose page is the start page ('') gets its own name. */
export function levelPrintPath(levelPagePath: string, levelId: string): string {
	return levelPagePath ? `${levelPagePath}/${PRINT_SLUG}` : `${PRINT_SLUG}-${levelId}`;
}

export function printPaths(content: GuideContent, lang: Language): PrintPath[] {
	const levelPaths = content.municipality.levels.flatMap((level) => {
		const page = content.pages[lang].find((p) => p.frontmatter.kind === 'level' && p.frontmatter.level === level.id);
		return page ? [{ path: levelPrintPath(page.path, level.id), level: level.id }] : [];
	});
	return [{ path: PRINT_SLUG }, ...levelPaths];
}

/** The same paths from the pages alone (check:content, before the whole content is known): links in bodies may lead there. */
export function printPathsOf(pages: readonly ContentPage[]): string[] {
	return [PRINT_SLUG, ...pages.flatMap((p) => (p.frontmatter.kind === 'level' ? [levelPrintPath(p.path, p.frontmatter.level)] : []))];
}
