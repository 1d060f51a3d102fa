/** The walk as a graph, per language: every page reachable from the start, and every path able to end. */
import { buildGraph, canReachEnding, reachableFrom } from '../flow/graph';
import type { Language } from './schema';
import type { ContentPage } from './guide-content';
import type { ContentProblem } from './problems';

export function checkGraph(pages: ContentPage[], lang: Language, brokenIds: Set<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const start = pages.find((p) => p.frontmatter.kind === 'start');
	if (!start) return problems;
	const graph = buildGraph(pages.map((p) => p.frontmatter));
	const fileOf = new Map(pages.map((p) => [p.frontmatter.id, p.file]));
	// Pages that failed validation are treated as able to end, so they cause no follow-up noise.
	const ending = canReachEnding(graph, brokenIds);
	if (brokenIds.size === 0) {
		const reachable = reachableFrom(graph, start.frontmatter.id);
		for (const id of graph.keys()) {
			if (!reachable.has(id)) {
				problems.push({
					file: fileOf.get(id) ?? `${lang}/`,
					field: 'id',
					message: `siden «${id}» kan ikke nås fra startsiden: ingen svar fører hit`
				});
			}
		}
	}
	if (!pages.some((p) => p.frontmatter.kind === 'ending') && brokenIds.size === 0) {
		problems.push({ file: `${lang}/`, message: 'veilederen har ingen avslutning (kind: ending)' });
		return problems;
	}
	for (const node of graph.values()) {
		if (!ending.has(node.id)) {
			problems.push({
				file: fileOf.get(node.id) ?? `${lang}/`,
				field: 'question.answers',
				message: `fra «${node.id}» finnes ingen vei til en avslutning: svarene går bare i ring`
			});
		}
	}
	return problems;
}
