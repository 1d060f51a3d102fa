/**
 * Which source files a built JavaScript file's bytes come from, and what each costs after gzip.
 * Used by scripts/bench/js-sources.mjs. A source's cost is measured by leaving it out: the gzip
 * size of the file minus the gzip size of the file without that source's bytes. Gzip shares
 * strings between sources, so the costs add up to somewhat less than the file's gzip size.
 */
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

/** @param {string} text */
export const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/**
 * A short name: `svelte:internal/client/…` for packages, `src/lib/…` for the app's own files.
 * @param {string} source
 */
export function sourceLabel(source) {
	const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:src\/)?(.*)$/);
	if (inPackage) return `${inPackage[1]}:${inPackage[2]}`;
	const own = source.match(/(?:^|\/)((?:src|generated)\/.*)$/);
	return own?.[1] ?? source;
}

/**
 * The byte ranges ([start, end) offsets into `code`) that the source map `map` attributes to
 * each source, by label. Bytes a mapping does not cover (between modules) belong to no source.
 * @param {string} code
 * @param {import('source-map-js').RawSourceMap} map
 */
export function sourceRanges(code, map) {
	/** @type {number[]} */
	const lineStarts = [0];
	for (const line of code.split('\n')) lineStarts.push(/** @type {number} */ (lineStarts[lineStarts.length - 1]) + line.length + 1);
	/** @param {number} line @param {number} column */
	const offset = (line, column) => /** @type {number} */ (lineStarts[line - 1]) + column;
	/** @type {import('source-map-js').MappingItem[]} */
	const mappings = [];
	new SourceMapConsumer(map).eachMapping((m) => mappings.push(m));
	mappings.sort((a, b) => offset(a.generatedLine, a.generatedColumn) - offset(b.generatedLine, b.generatedColumn));
	/** @type {Map<string, [number, number][]>} */
	const ranges = new Map();
	mappings.forEach((m, i) => {
		if (!m.source) return;
		const start = offset(m.generatedLine, m.generatedColumn);
		const next = mappings[i + 1];
		// A mapping runs to the next one, or to the end of its line.
		const lineEnd = Math.min(/** @type {number} */ (lineStarts[m.generatedLine]) - 1, code.length);
		const end = next && next.generatedLine === m.generatedLine ? offset(next.generatedLine, next.generatedColumn) : lineEnd;
		if (end <= start) return;
		const label = sourceLabel(m.source);
		const list = ranges.get(label) ?? [];
		list.push([start, end]);
		ranges.set(label, list);
	});
	return ranges;
}

/**
 * Each source's gzip cost in `code` (leave-one-out), by label.
 * @param {string} code
 * @param {import('source-map-js').RawSourceMap} map
 */
export function gzipCostBySource(code, map) {
	const full = gzipSize(code);
	/** @type {Map<string, number>} */
	const costs = new Map();
	for (const [label, ranges] of sourceRanges(code, map)) {
		let rest = '';
		let position = 0;
		for (const [start, end] of ranges) {
			rest += code.slice(position, start);
			position = Math.max(position, end);
		}
		rest += code.slice(position);
		costs.set(label, full - gzipSize(rest));
	}
	return costs;
}
