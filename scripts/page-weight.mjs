/**
 * Prints what each built page loads on first visit: JavaScript and CSS, raw and gzip.
 * Usage: node scripts/page-weight.mjs [build-dir] [--json]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith('--')) ?? 'build');

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === '_app' ? [] : htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

function assetsOf(htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const refs = [...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*>|<script[^>]+src="([^"]+)"/g)]
		.map((m) => m[1] ?? m[2])
		.concat([...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]));
	const files = new Set();
	for (const ref of refs) {
		if (!ref || !/\.(js|css)$/.test(ref)) continue;
		files.add(resolve(dirname(htmlFile), ref));
	}
	return [...files];
}

const rows = htmlFiles(root).map((file) => {
	const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0, html: 0, htmlGzip: 0 };
	const html = readFileSync(file);
	sizes.html = html.length;
	sizes.htmlGzip = gzipSync(html, { level: 9 }).length;
	for (const asset of assetsOf(file)) {
		const data = readFileSync(asset);
		const kind = asset.endsWith('.js') ? 'js' : 'css';
		sizes[kind] += data.length;
		sizes[`${kind}Gzip`] += gzipSync(data, { level: 9 }).length;
	}
	const page = '/' + relative(root, dirname(file)).split('\\').join('/');
	return { page: page === '/' ? '/' : `${page}/`, ...sizes };
});
rows.sort((a, b) => b.jsGzip + b.cssGzip - (a.jsGzip + a.cssGzip));

if (args.includes('--json')) {
	console.log(JSON.stringify(rows, null, 2));
} else {
	const kib = (n) => (n / 1024).toFixed(1).padStart(6);
	console.log('page'.padEnd(36), 'JS gzip', 'CSS gzip', 'HTML gzip', '(KiB)');
	for (const r of rows) console.log(r.page.padEnd(36), kib(r.jsGzip), '  ', kib(r.cssGzip), '  ', kib(r.htmlGzip));
	console.log(`${rows.length} pages`);
}
