/**
 * The walk as a Mermaid flowchart: one node per page of the walk (start, question, safety,
 * step, ending), one edge per answer, labelled with the answer's text. Steps are grouped per
 * level in subgraphs. Pure: pages in, Mermaid text out (docs/flyt.md is written from it).
 *
 * Labels are always quoted (`["…"]`) and characters Mermaid would read as syntax are written
 * as its entity codes (`#quot;`, `#35;` …, see «Entity codes to escape characters» in
 * Mermaid's flowchart docs). Node ids are `n_` + the page id with `-` → `_`, so a page id
 * can never clash with a Mermaid keyword such as `end`.
 */
import type { PageFrontmatter } from '../content/schema';

export type FlowDirection = 'TD' | 'LR';

export interface FlowchartOptions {
	/** The levels in order, with their label in the chart's language (from kommune.yaml). */
	levels: readonly { id: string; label: string }[];
	direction?: FlowDirection;
	/** Applied to every title and answer label, e.g. to fill in `[kommune]`. */
	fill?: (text: string) => string;
}

/** Kinds of page that are nodes of the walk. */
const NODE_KINDS = new Set<PageFrontmatter['kind']>(['start', 'question', 'safety', 'step', 'ending']);

type NodePage = Extract<PageFrontmatter, { kind: 'start' | 'question' | 'safety' | 'step' | 'ending' }>;

function isNode(page: PageFrontmatter): page is NodePage {
	return NODE_KINDS.has(page.kind);
}

/**
 * Characters written as Mermaid entity codes inside a quoted label (`#` too, or `#quot;` in a
 * title would show as `"`). One pass per character: the `#` of a code just written is not
 * escaped again.
 */
const ENTITY: Record<string, string> = {
	'"': '#quot;',
	'#': '#35;',
	'&': '#amp;',
	'<': '#lt;',
	'>': '#gt;',
	'[': '#91;',
	']': '#93;',
	'|': '#124;',
	'`': '#96;'
};

/** A label as Mermaid text, quotes included: one line, syntax characters as entity codes. */
export function mermaidLabel(text: string): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return `"${oneLine.replace(/["#&<>[\]|`]/g, (c) => ENTITY[c] ?? c)}"`;
}

/** `niva-0-trinn-1` → `n_niva_0_trinn_1`: safe as a Mermaid node id, never a keyword. */
export function mermaidId(pageId: string): string {
	return `n_${pageId.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

function levelSubgraphId(levelId: string): string {
	return `level_${levelId.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

/** The text a node shows: the title, for steps with level and number in front. */
function nodeText(page: NodePage, levelLabels: ReadonlyMap<string, string>, fill: (text: string) => string): string {
	const title = fill(page.title);
	if (page.kind !== 'step') return title;
	return `${levelLabels.get(page.level) ?? page.level} · ${page.step}: ${title}`;
}

/** One node statement; the shape says what kind of page it is. */
function nodeStatement(page: NodePage, text: string): string {
	const id = mermaidId(page.id);
	const label = mermaidLabel(text);
	switch (page.kind) {
		case 'start':
			return `${id}[[${label}]]:::start`;
		case 'question':
			return `${id}{{${label}}}`;
		case 'safety':
			return `${id}>${label}]:::safety`;
		case 'step':
			return `${id}[${label}]`;
		case 'ending':
			return `${id}([${label}]):::ending`;
	}
}

/** Kind order in the chart text (layout follows the edges; this only keeps the text tidy). */
const KIND_ORDER: Record<NodePage['kind'], number> = { start: 0, safety: 1, question: 2, step: 3, ending: 4 };

/** Each node's distance in answers from the start (breadth first); unreachable ones last. */
function distances(nodes: readonly NodePage[]): Map<string, number> {
	const byId = new Map(nodes.map((p) => [p.id, p]));
	const seen = new Map<string, number>();
	const queue = nodes.filter((p) => p.kind === 'start').map((p) => p.id);
	for (const id of queue) seen.set(id, 0);
	for (let i = 0; i < queue.length; i += 1) {
		const page = byId.get(queue[i] as string);
		if (!page || page.kind === 'ending') continue;
		for (const answer of page.question.answers) {
			if (seen.has(answer.next) || !byId.has(answer.next)) continue;
			seen.set(answer.next, (seen.get(page.id) ?? 0) + 1);
			queue.push(answer.next);
		}
	}
	return seen;
}

export interface FlowchartStats {
	nodes: number;
	edges: number;
	safetyEdges: number;
}

export interface Flowchart {
	text: string;
	stats: FlowchartStats;
}

/** The chart with a count of what it holds (for the generated file's intro and for tests). */
export function buildFlowchart(pages: readonly PageFrontmatter[], options: FlowchartOptions): Flowchart {
	const fill = options.fill ?? ((text: string) => text);
	const levelLabels = new Map(options.levels.map((l) => [l.id, l.label]));
	const all = pages.filter(isNode);
	const distance = distances(all);
	const far = (p: NodePage) => distance.get(p.id) ?? Number.MAX_SAFE_INTEGER;
	const nodes = all.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || far(a) - far(b));
	const lines = [`flowchart ${options.direction ?? 'TD'}`];
	const indent = '    ';

	// Declaration order, which the edges follow too.
	const ordered: NodePage[] = nodes.filter((p) => p.kind !== 'step' && p.kind !== 'ending');
	for (const page of ordered) lines.push(indent + nodeStatement(page, nodeText(page, levelLabels, fill)));

	// Steps per level, in the order of kommune.yaml; a level missing there comes last by id.
	const steps = nodes.filter((p): p is Extract<NodePage, { kind: 'step' }> => p.kind === 'step');
	const levelOrder = options.levels.map((l) => l.id);
	for (const id of [...new Set(steps.map((s) => s.level))].sort()) if (!levelOrder.includes(id)) levelOrder.push(id);
	for (const levelId of levelOrder) {
		const inLevel = steps.filter((s) => s.level === levelId).sort((a, b) => a.step - b.step);
		if (inLevel.length === 0) continue;
		lines.push(`${indent}subgraph ${levelSubgraphId(levelId)} [${mermaidLabel(levelLabels.get(levelId) ?? levelId)}]`);
		for (const step of inLevel) lines.push(indent.repeat(2) + nodeStatement(step, nodeText(step, levelLabels, fill)));
		ordered.push(...inLevel);
		lines.push(`${indent}end`);
	}

	for (const page of nodes.filter((p) => p.kind === 'ending')) {
		lines.push(indent + nodeStatement(page, nodeText(page, levelLabels, fill)));
	}

	// Edges after every node, so no node is pulled into a subgraph by an edge.
	const safetyEdges: number[] = [];
	let edges = 0;
	for (const page of ordered) {
		if (page.kind === 'ending') continue;
		for (const answer of page.question.answers) {
			const arrow = answer.safetyConcern ? '==>' : '-->';
			if (answer.safetyConcern) safetyEdges.push(edges);
			lines.push(`${indent}${mermaidId(page.id)} ${arrow}|${mermaidLabel(fill(answer.label))}| ${mermaidId(answer.next)}`);
			edges += 1;
		}
	}

	// Colours without a trailing `;`: Mermaid would read `#b3261e;` as an entity code.
	lines.push(`${indent}classDef start stroke-width:3px`);
	lines.push(`${indent}classDef safety fill:#fdecea,stroke:#b3261e,color:#5f1410`);
	lines.push(`${indent}classDef ending fill:#e6f4ea,stroke:#1e7b34,color:#0d3b18`);
	if (safetyEdges.length > 0) lines.push(`${indent}linkStyle ${safetyEdges.join(',')} stroke:#b3261e,color:#b3261e`);

	return {
		text: lines.join('\n') + '\n',
		stats: { nodes: nodes.length, edges, safetyEdges: safetyEdges.length }
	};
}

/** The walk's answer graph as Mermaid text (`flowchart TD` unless `direction` says `LR`). */
export function flowchartOf(pages: readonly PageFrontmatter[], options: FlowchartOptions): string {
	return buildFlowchart(pages, options).text;
}
