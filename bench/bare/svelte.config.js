/**
 * The bare reference site for `npm run bench`: two plain SvelteKit pages (a heading, a paragraph
 * and a link to the next one), with SvelteKit's ordinary defaults (client-side router,
 * hydration) and the same adapter, prerender options and Content-Security-Policy as the guide
 * (taken from the guide's own config), so the bench says how much the guide adds on top of
 * SvelteKit itself. Built by scripts/bench/bench.mjs with the guide's node_modules (the same
 * kit, vite and svelte); BUILD_DIR selects the output.
 */
import adapter from '@sveltejs/adapter-static';
import guide from '../../svelte.config.js';

const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		prerender: guide.kit?.prerender,
		csp: guide.kit?.csp
	}
};

export default config;
