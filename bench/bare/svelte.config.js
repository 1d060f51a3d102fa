/**
 * The bare reference page for `npm run bench`: a one-paragraph SvelteKit site built with the
 * same adapter and the same adapter options (and Content-Security-Policy) as the guide, so the
 * bench can say how much the guide adds on top of SvelteKit itself.
 * Built by scripts/bench/bench.mjs with the repository's node_modules; BUILD_DIR selects the output.
 */
import adapter from '@sveltejs/adapter-static';

const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleEntryGeneratorMismatch: 'fail' },
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
