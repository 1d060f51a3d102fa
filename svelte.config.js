import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

const basePath = process.env.BASE_PATH ?? '';
/** Another output folder, e.g. for a second municipality's guide (scripts/build-example.mjs). */
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	// Every component of the guide uses runes, so the browser needs none of Svelte's legacy-mode code.
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) => (filename.includes('/node_modules/') ? undefined : { runes: true })
	},
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		paths: { base: basePath },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleEntryGeneratorMismatch: 'fail' },
		alias: { $content: 'src/lib/content' },
		/*
		 * A Content-Security-Policy in every prerendered page (a <meta> tag): scripts only as files
		 * from the site itself (hash mode would also allow an inline script by its hash, but the pages
		 * have none: SvelteKit's start-up script is not used, see routes/+layout.ts), no requests to
		 * any other origin. Inline style attributes stay allowed (the theme colour is one).
		 * frame-ancestors cannot be set in a <meta> tag: the web server sends it (deploy/nginx.conf).
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
