import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const basePath = process.env.BASE_PATH ?? '';
/** Another output folder, e.g. for a second municipality's guide (scripts/build-example.mjs). */
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Runes mode for every component of the guide (not for libraries, which choose their own).
	compilerOptions: { runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true) },
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		paths: { base: basePath },
		/*
		 * Stylesheets under 4 KB go into the page as one <style> instead of a request each: every
		 * page links all views' CSS (they are loaded on demand), and 11 of 14 files are small. First
		 * load 111.2 → 106.1 KiB on a step page, 14 → 3 CSS requests (docs/adr/0016-kode-per-sidetype.md).
		 */
		inlineStyleThreshold: 4096,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail',
			// A municipality without logo and favicon has no /kommune/ files: that is content, not a fault.
			handleUnseenRoutes: ({ routes }) => {
				const unseen = routes.filter((route) => route !== '/kommune/[file]');
				if (unseen.length > 0) throw new Error(`Routes not prerendered: ${unseen.join(', ')}`);
			}
		},
		/*
		 * A Content-Security-Policy in every prerendered page (a <meta> tag): scripts only as files
		 * from the site itself, plus SvelteKit's own start-up script by its hash (no
		 * 'unsafe-inline'); no requests to any other origin. Inline style attributes stay allowed
		 * (the theme colour is one). frame-ancestors cannot be set in a <meta> tag: the web server
		 * sends it (deploy/nginx.conf).
		 */
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
