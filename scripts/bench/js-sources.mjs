/**
 * `npm run bench:js-sources [-- /nb/notat/ …]`: where a page's JavaScript comes from. Builds the
 * site with source maps into a temporary folder, opens each page in Chromium, takes every
 * JavaScript file the page really loads (also those imported while it runs) and prints, per
 * source file, what it costs after gzip (scripts/bench/source-bytes.mjs). For finding what to
 * trim when `npm run bench` reports a page over its JavaScript budget.
 * Builds in this folder (.svelte-kit): do not run it while another build or the browser tests run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withServedSite } from './measure-site.mjs';
import { NB_PAGES } from './pages.mjs';
import { gzipCostBySource, gzipSize } from './source-bytes.mjs';

/** Sources cheaper than this are summed into one line. */
const SHOWN_FROM_BYTES = 150;
const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const kib = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

await withServedSite({ tmpPrefix: 'js-sources-', viteArgs: ['--sourcemap'], buildMessage: 'Bygger med kildekart (source maps) …' }, async ({ out, origin, browser }) => {
	for (const path of pages.length > 0 ? pages : NB_PAGES) {
		const page = await (await browser.newContext()).newPage();
		/** @type {Set<string>} */
		const files = new Set();
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin === origin && url.pathname.endsWith('.js')) files.add(url.pathname);
		});
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		await page.context().close();
		report(out, path, [...files]);
	}
});

/**
 * Prints what each source costs in the JavaScript files a page loaded.
 * @param {string} out the built site
 * @param {string} path the page
 * @param {string[]} files the JavaScript files it loaded, as paths below `out`
 */
function report(out, path, files) {
	let total = 0;
	/** @type {Map<string, number>} */
	const costs = new Map();
	for (const file of files) {
		const code = readFileSync(join(out, file), 'utf8');
		total += gzipSize(code);
		const mapFile = join(out, `${file}.map`);
		if (!existsSync(mapFile)) continue;
		for (const [label, bytes] of gzipCostBySource(code, JSON.parse(readFileSync(mapFile, 'utf8')))) {
			costs.set(label, (costs.get(label) ?? 0) + bytes);
		}
	}
	// SvelteKit's generated glue (.svelte-kit/generated: the app's route table, the nodes that
	// import each route's components) and its virtual modules count as SvelteKit.
	// Other packages (i18next, devalue, …) are labelled `package:path` by sourceLabel.
	const groupOf = (/** @type {string} */ label) =>
		label.startsWith('svelte:')
			? 'Svelte'
			: /^@sveltejs\/kit:|^generated\/|^\0?__sveltekit\//.test(label)
				? 'SvelteKit'
				: /^(@[^/]+\/)?[^/:]+:/.test(label)
					? 'andre pakker'
					: 'egen kode';
	const groups = new Map();
	for (const [label, bytes] of costs) groups.set(groupOf(label), (groups.get(groupOf(label)) ?? 0) + bytes);
	console.log(`\n${path}: ${files.length} JS-filer, ${kib(total)} KiB gzip`);
	console.log(`  ${[...groups].map(([group, bytes]) => `${group} ${kib(bytes)} KiB`).join(', ')} (kostnad når kilden tas ut)`);
	let small = 0;
	for (const [label, bytes] of [...costs].sort((a, b) => b[1] - a[1])) {
		if (bytes >= SHOWN_FROM_BYTES) console.log(`  ${String(bytes).padStart(6)} B  ${label}`);
		else small += bytes;
	}
	console.log(`  ${String(small).padStart(6)} B  (kilder under ${SHOWN_FROM_BYTES} B til sammen)`);
}
