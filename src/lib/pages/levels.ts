/** The levels of the guide and their steps, in order: the overview, level pages and step pagers. */
import type { GuideContent } from '../content/guide-content';
import type { Language } from '../content/schema';
import { localize, pagesOfKind } from './content-query';
import type { LevelModel } from './model';
import { hrefOf } from './paths';
import { levelPrintPath } from './print-paths';

export function levelModels(content: GuideContent, lang: Language): LevelModel[] {
	const steps = pagesOfKind(content, lang, 'step');
	const levelPages = pagesOfKind(content, lang, 'level');
	return content.municipality.levels.map((level) => {
		const page = levelPages.find((p) => p.frontmatter.level === level.id);
		if (!page) throw new Error(`Level ${level.id} has no page in ${lang}`);
		return {
			id: level.id,
			label: localize(level.label, lang),
			title: page.frontmatter.title,
			summary: page.frontmatter.summary,
			href: hrefOf(lang, page.path),
			printHref: hrefOf(lang, levelPrintPath(page.path, level.id)),
			steps: steps
				.filter((s) => s.frontmatter.level === level.id)
				.sort((a, b) => a.frontmatter.step - b.frontmatter.step)
				.map((s) => ({
					id: s.frontmatter.id,
					step: s.frontmatter.step,
					title: s.frontmatter.title,
					summary: s.frontmatter.summary,
					href: hrefOf(lang, s.path)
				}))
		};
	});
}
