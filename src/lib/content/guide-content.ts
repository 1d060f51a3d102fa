/**
 * The guide's content once parsed and validated: what every later stage (page models, the
 * build, check:content, tests) works from. Types only.
 */
import type { DeadlinesFile, Language, Municipality, PageFrontmatter, TextsFile } from './schema';
import type { ContentProblem } from './problems';

export interface ContentPage {
	lang: Language;
	/** URL path below the language, without slashes at the ends: '' for the start page. */
	path: string;
	/** File path relative to the content folder, e.g. `nb/niva-0/trinn-1.md`. */
	file: string;
	frontmatter: PageFrontmatter;
	/** The markdown below the frontmatter. */
	body: string;
}

export interface GuideContent {
	municipality: Municipality;
	deadlines: DeadlinesFile;
	texts: Record<Language, TextsFile>;
	pages: Record<Language, ContentPage[]>;
}

/**
 * A content folder as data: path relative to the folder (always with `/`) → the file's text,
 * or its bytes for pictures. Read from disk by read-dir.ts, built in memory by tests.
 */
export type ContentFiles = ReadonlyMap<string, string | Uint8Array>;

export interface LoadResult {
	/** Present only when there are no problems. */
	content?: GuideContent;
	problems: ContentProblem[];
	/** Things that do not stop the build (example values still in place). */
	warnings: ContentProblem[];
}
