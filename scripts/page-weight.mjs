/**
 * Prints what each built page loads on first visit: JavaScript and CSS, raw and gzip.
 * Usage: node scripts/page-weight.mjs [build-dir] [--json]
 */
import { resolve } from 'node:path';
import { pageWeights } from './bench/weights.mjs';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? 'build');
const rows = pageWeights(root);
rows.sort((a, b) => b.jsGzip + b.cssGzip - (a.jsGzip + a.cssGzip));

if (args.includes('--json')) {
	console.log(JSON.stringify(rows, null, 2));
} else {
	const kib = (n) => (n / 1024).toFixed(1).padStart(6);
	console.log('page'.padEnd(36), 'JS gzip', 'CSS gzip', 'HTML gzip', '(KiB)');
	for (const r of rows) console.log(r.page.padEnd(36), kib(r.jsGzip), '  ', kib(r.cssGzip), '  ', kib(r.htmlGzip));
	console.log(`${rows.length} pages`);
}
