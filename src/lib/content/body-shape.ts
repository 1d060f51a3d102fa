/**
 * A cheap look at a body before the markdown parser sees it. The parser takes time that grows
 * with the square of the nesting (measured with check:content's checkBody: 20 000 list markers in
 * a row, 40 KB, 173 s; 12 000 nested `**` pairs, 96 KB, 61 s), so a body nested far past what
 * any text needs is refused from its lines, unparsed. What is only a little too deep is parsed
 * and measured exactly (MAX_NESTING in validate-body.ts).
 */

/** Refused unparsed above this estimated depth: four times MAX_NESTING, parsed in milliseconds. */
export const MAX_ESTIMATED_DEPTH = 160;
/** `*` and `_` in one paragraph: real text has a handful; 1 000 parse in 0.2 s (20 000 stars on each side of a word: 27 s). */
export const MAX_EMPHASIS_MARKS = 1000;

/** A quote marker (`>`, space optional) or a list marker (`-`, `*`, `+`, `1.`, `1)`) and the space after it. */
const CONTAINER = /^(?:>[ \t]*|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;

export interface Shape {
	/** 1-based line in the body. */
	line: number;
	count: number;
}

/**
 * The line whose start nests deepest, with an estimate of the depth: a quote counts 1, a list
 * item 2 (list and item), each space of indentation 1 (a nested list is indented 2 or 3).
 */
export function deepestLineStart(body: string): Shape {
	let best: Shape = { line: 0, count: 0 };
	body.split('\n').forEach((text, i) => {
		const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
		let count = indent.replace(/\t/g, '    ').length;
		let rest = text.slice(indent.length);
		for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
			count += m[0].startsWith('>') ? 1 : 2;
			rest = rest.slice(m[0].length);
		}
		if (count > best.count) best = { line: i + 1, count };
	});
	return best;
}

/** The paragraph (by its first line) with the most `*` and `_`. */
export function mostEmphasisMarks(body: string): Shape {
	let best: Shape = { line: 0, count: 0 };
	let line = 1;
	for (const paragraph of body.split(/(\n[ \t]*\n)/)) {
		const count = paragraph.match(/[*_]/g)?.length ?? 0;
		if (count > best.count) best = { line, count };
		line += paragraph.split('\n').length - 1;
	}
	return best;
}
