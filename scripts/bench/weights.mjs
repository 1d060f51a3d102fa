/**
 * What a built page loads on first visit, measured from the built files: the HTML, and the JS
 * and CSS it references with <link>, <script src> and the inline start-up script's import("…").
 * Sizes raw and gzip (level 9). Used by the bench and by scripts/page-weight.mjs.
 * Code a page imports only while it runs (the iframe-height code on /embed/ pages) is not counted
 * here; the Lighthouse part of the bench measures what the browser really loads.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipCache = new Map();

function sizesOf(file) {
	let cached = gzipCache.get(file);
	if (!cached) {
		const data = readFileSync(file);
		cached = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
		gzipCache.set(file, cached);
	}
	return cached;
}

export function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === '_app' ? [] : htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

export function assetsOf(htmlFile) {
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

/** One row per built page: `{ page, js, jsGzip, css, cssGzip, html, htmlGzip }` (bytes). */
export function pageWeights(root) {
	return htmlFiles(root).map((file) => {
		const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0, html: 0, htmlGzip: 0 };
		const html = sizesOf(file);
		sizes.html = html.raw;
		sizes.htmlGzip = html.gzip;
		for (const asset of assetsOf(file)) {
			const { raw, gzip } = sizesOf(asset);
			const kind = asset.endsWith('.js') ? 'js' : 'css';
			sizes[kind] += raw;
			sizes[`${kind}Gzip`] += gzip;
		}
		const page = '/' + relative(root, dirname(file)).split('\\').join('/');
		return { page: page === '/' ? '/' : `${page}/`, ...sizes };
	});
}

/** Step pages of the guide (not the embedded variants): /nb/<level>/trinn-<n>/. */
export const STEP_PAGE = /^\/(nb|nn)\/[a-z0-9-]+\/trinn-\d+\/$/;
