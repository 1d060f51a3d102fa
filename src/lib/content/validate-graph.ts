/** The walk as a graph, per language: every page reachable from the start, and every path able to end. */
import { buildGraph, canReachEnding, reachableFrom, type Graph } from '../flow/graph';
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
	// So are missing pages an answer leads to: that answer is already reported.
	const dangling = [...graph.values()].flatMap((node) => node.edges.map((e) => e.to)).filter((to) => !graph.has(to));
	const ending = canReachEnding(graph, new Set([...brokenIds, ...dangling]));
	if (brokenIds.size === 0) {
		const reachable = reachableFrom(graph, start.frontmatter.id);
		for (const { id, after } of unreachableRoots(graph, reachable)) {
			const more = after === 0 ? '' : after === 1 ? ' (og 1 side etter den)' : ` (og ${after.toString()} sider etter den)`;
			problems.push({
				file: fileOf.get(id) ?? `${lang}/`,
				field: 'id',
				message: `siden «${id}» kan ikke nås fra startsiden: ingen svar fører hit${more}`
			});
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

/**
 * The pages that cannot be reached, folded: one line per page no other unreachable page leads
 * to, counting the unreachable pages that can only be reached through it.
 */
export function unreachableRoots(graph: Graph, reachable: ReadonlySet<string>): { id: string; after: number }[] {
	const unreachable = [...graph.keys()].filter((id) => !reachable.has(id)).sort();
	const led = new Set<string>();
	for (const id of unreachable) for (const edge of graph.get(id)?.edges ?? []) if (edge.to !== id) led.add(edge.to);
	const roots = unreachable.filter((id) => !led.has(id));
	const assigned = new Set<string>();
	const result: { id: string; after: number }[] = [];
	const claim = (id: string) => {
		const below = [...reachableFrom(graph, id)].filter((other) => !reachable.has(other) && !assigned.has(other));
		below.forEach((other) => assigned.add(other));
		result.push({ id, after: below.filter((other) => other !== id).length });
	};
	for (const id of roots) claim(id);
	// Unreachable loops with no way in: one line for each loop.
	for (const id of unreachable) if (!assigned.has(id)) claim(id);
	return result;
}
