/**
 * The walk as a directed graph: nodes are the pages that ask a question (start, question,
 * safety, step) and the endings; edges are the answers. Built from content only — no page
 * id appears in code.
 */

export interface GraphEdge {
	answerId: string;
	to: string;
}

export interface GraphNode {
	id: string;
	isEnding: boolean;
	edges: GraphEdge[];
}

export type Graph = Map<string, GraphNode>;

export interface NodeSource {
	id: string;
	kind: string;
	question?: { answers: { id: string; next: string }[] };
}

export function buildGraph(pages: readonly NodeSource[]): Graph {
	const graph: Graph = new Map();
	for (const page of pages) {
		const isEnding = page.kind === 'ending';
		if (!isEnding && !page.question) continue;
		graph.set(page.id, {
			id: page.id,
			isEnding,
			edges: (page.question?.answers ?? []).map((a) => ({ answerId: a.id, to: a.next }))
		});
	}
	return graph;
}

/**
 * Ids reachable from `startId` by following answers (including the start), nearest first.
 * `through` says whose answers to follow (default: every node's).
 */
export function reachableFrom(graph: Graph, startId: string, through: (id: string) => boolean = () => true): Set<string> {
	const seen = new Set<string>();
	const queue = [startId];
	while (queue.length > 0) {
		const id = queue.shift() as string;
		if (seen.has(id)) continue;
		const node = graph.get(id);
		if (!node) continue;
		seen.add(id);
		if (!through(id)) continue;
		for (const edge of node.edges) if (!seen.has(edge.to)) queue.push(edge.to);
	}
	return seen;
}

/**
 * Ids of nodes from which some ending can be reached. Works backwards from the endings,
 * so loops (evaluate → carry out → evaluate) are fine as long as one exit exists.
 */
export function canReachEnding(graph: Graph, assumeEnding: ReadonlySet<string> = new Set()): Set<string> {
	const incoming = new Map<string, string[]>();
	for (const node of graph.values()) {
		for (const edge of node.edges) {
			const list = incoming.get(edge.to) ?? [];
			list.push(node.id);
			incoming.set(edge.to, list);
		}
	}
	const good = new Set<string>();
	const queue = [...graph.values()].filter((n) => n.isEnding || assumeEnding.has(n.id)).map((n) => n.id);
	queue.push(...[...assumeEnding].filter((id) => !graph.has(id)));
	while (queue.length > 0) {
		const id = queue.shift() as string;
		if (good.has(id)) continue;
		good.add(id);
		for (const from of incoming.get(id) ?? []) if (!good.has(from)) queue.push(from);
	}
	return good;
}
