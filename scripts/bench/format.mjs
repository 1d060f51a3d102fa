/**
 * How the bench scripts print numbers and tables in the terminal (decimal points; reports/bench.md
 * has its own formats with decimal commas, report-markdown.mjs). Also used for the texts of
 * budget breaches (budgets.mjs).
 */

export const KiB = 1024;

/**
 * `n` with `digits` decimals; – when there is no number.
 * @param {number | null | undefined} n
 * @param {number} digits
 */
export const fixed = (n, digits) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));

/**
 * Bytes as KiB with one decimal, without the unit.
 * @param {number} bytes
 */
export const kib = (bytes) => fixed(bytes / KiB, 1);

/**
 * Milliseconds as seconds with one decimal, without the unit.
 * @param {number} ms
 */
export const seconds = (ms) => (ms / 1000).toFixed(1);

/**
 * A change as a signed percentage with one decimal: `+4.2 %`.
 * @param {number} x 0.042 for 4.2 %
 */
export const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

/**
 * A plain-text table: a header line, a line of dashes and the rows, the columns two spaces apart.
 * The first `alignLeft` columns are aligned left, the rest right.
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 * @param {number} [alignLeft]
 */
export function table(headers, rows, alignLeft = 1) {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (/** @type {(string | number)[]} */ cells) =>
		cells.map((c, i) => (i < alignLeft ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ').trimEnd();
	return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
