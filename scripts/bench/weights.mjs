/**
 * What a built page loads on first visit, measured from the built files: the HTML, the JS and
 * CSS it references (<link href>, including modulepreload, <script src>, and the import("…")
 * of an inline start-up script such as SvelteKit's), and every file those JS files import
 * statically, followed through the chunks. Sizes raw and gzip (level 9). Used by the bench (the
 * 10× comparison) and by scripts/page-weight.mjs.
 * Code a page imports only while it runs (a dynamic import() inside a chunk, e.g. SvelteKit's
 * nodes of other routes) is not counted here; the Lighthouse part of the bench measures what the
 * browser really loads.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Map<string, { raw: number, gzip: number }>} */
const gzipCache = new Map();

/** @param {string} file */
function sizesOf(file) {
	let cached = gzipCache.get(file);
	if (!cached) {
		const data = readFileSync(file);
		cached = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
		gzipCache.set(file, cached);
	}
	return cached;
}

/**
 * The built HTML files under `dir` (not under _app).
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === '_app' ? [] : htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

/**
 * The built site's root for a page: the nearest folder up from it that holds `_app`.
 * @param {string} htmlFile
 */
function siteRootOf(htmlFile) {
	for (let dir = dirname(htmlFile); ; dir = dirname(dir)) {
		if (existsSync(join(dir, '_app'))) return dir;
		if (dirname(dir) === dir) return dirname(htmlFile);
	}
}

/**
 * The file a reference points to: relative to `from`'s folder, or to the site root when it
 * starts with `/`; undefined for other origins, data: URLs and files that are not JS or CSS.
 * @param {string | undefined} ref
 * @param {string} from
 * @param {string} root
 * @returns {string | undefined}
 */
function fileOf(ref, from, root) {
	if (!ref || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return undefined;
	const path = ref.split(/[?#]/)[0] ?? '';
	if (!/\.(js|mjs|css)$/.test(path)) return undefined;
	return path.startsWith('/') ? join(root, path) : resolve(dirname(from), path);
}

/**
 * The relative files a built JS file imports statically (`import … from "…"`, `import "…"`,
 * `export … from "…"`); not `import("…")`, which loads only when it runs.
 * @param {string} code
 */
export function staticImports(code) {
	/** @type {string[]} */
	const refs = [];
	for (const [, ref = ''] of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) {
		if (ref.startsWith('.') || ref.startsWith('/')) refs.push(ref);
	}
	return refs;
}

/**
 * The JS and CSS files a built page loads on first visit (see the top of this file).
 * @param {string} htmlFile
 * @param {string} [root] the built site's folder (found from the page when not given)
 * @returns {string[]}
 */
export function assetsOf(htmlFile, root = siteRootOf(htmlFile)) {
	const html = readFileSync(htmlFile, 'utf8');
	// A disabled <link> is not fetched: SvelteKit writes one for each stylesheet it inlined.
	const refs = [...html.matchAll(/<link\b(?![^>]*\sdisabled\b)[^>]*?\shref="([^"]+)"[^>]*>|<script\b[^>]*?\ssrc="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
	for (const script of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		refs.push(...[...(script[1] ?? '').matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
	}
	/** @type {Set<string>} */
	const files = new Set();
	const queue = refs.flatMap((ref) => fileOf(ref, htmlFile, root) ?? []);
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		if (files.has(file) || !existsSync(file)) continue;
		files.add(file);
		if (!file.endsWith('.css')) {
			for (const ref of staticImports(readFileSync(file, 'utf8'))) {
				const imported = fileOf(ref, file, root);
				if (imported) queue.push(imported);
			}
		}
	}
	return [...files];
}

/**
 * One row per built page: `{ page, js, jsGzip, css, cssGzip, html, htmlGzip }` (bytes).
 * @param {string} root
 */
export function pageWeights(root) {
	return htmlFiles(root).map((file) => {
		const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0, html: 0, htmlGzip: 0 };
		const html = sizesOf(file);
		sizes.html = html.raw;
		sizes.htmlGzip = html.gzip;
		for (const asset of assetsOf(file, root)) {
			const { raw, gzip } = sizesOf(asset);
			if (asset.endsWith('.css')) {
				sizes.css += raw;
				sizes.cssGzip += gzip;
			} else {
				sizes.js += raw;
				sizes.jsGzip += gzip;
			}
		}
		const page = '/' + relative(root, dirname(file)).split('\\').join('/');
		return { page: page === '/' ? '/' : `${page}/`, ...sizes };
	});
}

/** Step pages of the guide (not the embedded variants): /nb/<level>/trinn-<n>/. */
export const STEP_PAGE = /^\/(nb|nn)\/[a-z0-9-]+\/trinn-\d+\/$/;
