import { describe, expect, it } from 'vitest';
import { staticImportsOf } from '../../src/lib/bundling/static-imports';

describe('the files a script loads before it runs', () => {
	const graph: Record<string, string[]> = { entry: ['a', 'b'], a: ['c'], b: ['a', 'c'], c: ['b'] };
	it('are the start and its static imports, depth first, each once (cycles end)', () => {
		expect(staticImportsOf('entry', (key) => graph[key])).toEqual(['entry', 'a', 'c', 'b']);
	});

	it('leave out keys the build does not have, the start included', () => {
		expect(staticImportsOf('entry', (key) => (key === 'c' ? undefined : graph[key]))).toEqual(['entry', 'a', 'b']);
		expect(staticImportsOf('missing', (key) => graph[key])).toEqual([]);
	});
});
