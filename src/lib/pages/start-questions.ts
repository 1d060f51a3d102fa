/**
 * The start questions a step asks again for someone who joins there (flow/join.ts): the question
 * pages on the way from the start to the first steps whose every answer records a fact (`sets`),
 * such as the service and the case type. Found from the content, so another municipality's
 * questions (other ids, other facts) are asked the same way.
 */
import type { GuideContent } from '../content/guide-content';
import type { Language } from '../content/schema';
import { buildGraph, reachableFrom } from '../flow/graph';
import { filler, singlePage } from './content-query';
import type { StartQuestionModel, WalkNodeModel } from './model';
import { hrefOf } from './paths';
import { walkNodeModel } from './walk-node';

export function startQuestionModels(content: GuideContent, lang: Language): StartQuestionModel[] {
	const pages = new Map(content.pages[lang].map((p) => [p.frontmatter.id, p]));
	const graph = buildGraph(content.pages[lang].map((p) => p.frontmatter));
	const start = singlePage(content, lang, 'start').frontmatter.id;
	// Up to the steps: a question asked inside a level is not a start question.
	const beforeSteps = reachableFrom(graph, start, (id) => pages.get(id)?.frontmatter.kind !== 'step');
	const fill = filler(content, lang);
	return [...beforeSteps].flatMap((id): StartQuestionModel[] => {
		const page = pages.get(id);
		const fm = page?.frontmatter;
		if (!page || fm?.kind !== 'question') return [];
		const facts = fm.question.answers.map((a) => Object.keys(a.sets ?? {}));
		if (facts.some((keys) => keys.length === 0)) return [];
		return [
			{
				...(walkNodeModel(content, page) as WalkNodeModel),
				facts: [...new Set(facts.flat())],
				href: hrefOf(lang, page.path),
				...(fm.question.hint ? { hint: fill(fm.question.hint) } : {})
			}
		];
	});
}
