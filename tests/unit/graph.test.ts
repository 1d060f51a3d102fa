import { describe, expect, it } from 'vitest';
import { buildGraph, canReachEnding, reachableFrom } from '../../src/lib/flow/graph';

const page = (id: string, next: string[], kind = 'step') => ({
	id,
	kind,
	question: { answers: next.map((to, i) => ({ id: `svar-${i}`, next: to })) }
});
const ending = (id: string) => ({ id, kind: 'ending' });

describe('flow graph', () => {
	it('builds nodes for question pages and endings only', () => {
		const graph = buildGraph([page('a', ['b']), ending('b'), { id: 'ordliste', kind: 'glossary' }]);
		expect([...graph.keys()]).toEqual(['a', 'b']);
		expect(graph.get('a')?.edges).toEqual([{ answerId: 'svar-0', to: 'b' }]);
		expect(graph.get('b')?.isEnding).toBe(true);
	});

	it('finds what is reachable from the start, following loops once', () => {
		const graph = buildGraph([page('start', ['a']), page('a', ['b', 'slutt']), page('b', ['a']), ending('slutt'), page('ensom', ['slutt'])]);
		expect([...reachableFrom(graph, 'start')].sort()).toEqual(['a', 'b', 'slutt', 'start']);
	});

	it('lists the nearest first and follows only the answers of the nodes it is told to go through', () => {
		const graph = buildGraph([page('start', ['a', 'b']), page('a', ['c']), page('b', ['d']), page('c', ['slutt']), page('d', ['slutt']), ending('slutt')]);
		expect([...reachableFrom(graph, 'start')]).toEqual(['start', 'a', 'b', 'c', 'd', 'slutt']);
		expect([...reachableFrom(graph, 'start', (id) => id !== 'a')]).toEqual(['start', 'a', 'b', 'd', 'slutt']);
	});

	it('accepts a loop with an exit and rejects one without', () => {
		const withExit = buildGraph([page('a', ['b']), page('b', ['a', 'slutt']), ending('slutt')]);
		expect([...canReachEnding(withExit)].sort()).toEqual(['a', 'b', 'slutt']);
		const trapped = buildGraph([page('a', ['b', 'slutt']), page('b', ['c']), page('c', ['b']), ending('slutt')]);
		const good = canReachEnding(trapped);
		expect(good.has('a')).toBe(true);
		expect(good.has('b')).toBe(false);
		expect(good.has('c')).toBe(false);
	});

	it('can treat unknown (broken) pages as able to end', () => {
		const graph = buildGraph([page('a', ['ødelagt'])]);
		expect(canReachEnding(graph).has('a')).toBe(false);
		expect(canReachEnding(graph, new Set(['ødelagt'])).has('a')).toBe(true);
	});
});
