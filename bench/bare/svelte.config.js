/**
 * The bare reference page for `npm run bench`: a one-paragraph SvelteKit site built with the
 * same adapter, adapter options, prerender options and Content-Security-Policy as the guide
 * (taken from the guide's own config), so the bench says how much the guide adds on top of
 * SvelteKit itself. Built by scripts/bench/bench.mjs; BUILD_DIR selects the output.
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
