import { describe, expect, it } from 'vitest';
import { SourceMapGenerator } from 'source-map-js';
import { gzipCostBySource, gzipSize, sourceLabel, sourceRanges } from '../../scripts/bench/source-bytes.mjs';

/** A built file of two modules on one line, and a second line from the first module again. */
function builtFile() {
	const first = 'const a=1;';
	const second = 'function b(){return "b".repeat(200)}';
	const third = 'export{a,b};';
	const code = `${first}${second}\n${third}`;
	const map = new SourceMapGenerator({ file: 'chunk.js' });
	const add = (line: number, column: number, source: string) =>
		map.addMapping({ generated: { line, column }, original: { line: 1, column: 0 }, source });
	add(1, 0, '../../../src/lib/flow/walk.ts');
	add(1, first.length, '../../../node_modules/svelte/src/internal/client/runtime.js');
	add(2, 0, '../../../src/lib/flow/walk.ts');
	return { code, map: JSON.parse(map.toString()), first, second, third };
}

describe('where a built file’s bytes come from', () => {
	it('names packages by package and path, and the app’s files from src/', () => {
		expect(sourceLabel('../../node_modules/svelte/src/internal/client/runtime.js')).toBe('svelte:internal/client/runtime.js');
		expect(sourceLabel('../node_modules/@sveltejs/kit/src/runtime/client/client.js')).toBe('@sveltejs/kit:runtime/client/client.js');
		expect(sourceLabel('../../../src/lib/flow/walk.ts')).toBe('src/lib/flow/walk.ts');
		expect(sourceLabel('../generated/root.svelte')).toBe('generated/root.svelte');
	});

	it('gives each source the byte ranges its mappings cover, up to the next mapping or the end of the line', () => {
		const { code, map, first, second, third } = builtFile();
		const ranges = sourceRanges(code, map);
		const lineTwo = first.length + second.length + 1;
		expect(ranges.get('src/lib/flow/walk.ts')).toEqual([
			[0, first.length],
			[lineTwo, lineTwo + third.length]
		]);
		expect(ranges.get('svelte:internal/client/runtime.js')).toEqual([[first.length, first.length + second.length]]);
	});

	it('costs a source what the file shrinks by after gzip when it is left out', () => {
		const { code, map, first, third } = builtFile();
		const costs = gzipCostBySource(code, map);
		const withoutRuntime = `${first}\n${third}`;
		expect(costs.get('svelte:internal/client/runtime.js')).toBe(gzipSize(code) - gzipSize(withoutRuntime));
		expect(costs.get('svelte:internal/client/runtime.js')).toBeGreaterThan(costs.get('src/lib/flow/walk.ts')!);
	});
});
