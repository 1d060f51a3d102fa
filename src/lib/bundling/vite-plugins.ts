/**
 * The guide's additions to SvelteKit's browser build (vite.config.ts).
 */
import type { Plugin, Rollup } from 'vite';
import { CLIENT_ENTRY, CLIENT_ENTRY_NAME } from './client-entry';
import { COMPILE_HINT, filesLoadedAtStart } from './compile-hints';

/**
 * Adds the guide's own script (src/client/guide.ts) to SvelteKit's browser build, next to
 * SvelteKit's entries, so it shares their compiled Svelte code and lands in the Vite manifest;
 * and marks the files it loads at start for V8's eager compilation (compile-hints.ts).
 */
export function guideClientEntry(): Plugin {
	return {
		name: 'handlingsveilederen:client-entry',
		apply: 'build',
		options(options) {
			const input = options.input;
			// SvelteKit's browser build is the one with its start entry (the server build has none).
			if (input && typeof input === 'object' && !Array.isArray(input) && 'entry/start' in input) {
				return { ...options, input: { ...input, [CLIENT_ENTRY_NAME]: CLIENT_ENTRY } };
			}
		},
		generateBundle: {
			// Last: after minification, which would drop the comment, and after Vite's own rewrite
			// of the entry (its preload list), which would rebuild the source map from before.
			order: 'post',
			handler(_output, bundle) {
				const chunks = Object.fromEntries(Object.entries(bundle).filter(([, file]) => file.type === 'chunk')) as Record<string, Rollup.OutputChunk>;
				const loaded = filesLoadedAtStart(chunks, CLIENT_ENTRY_NAME);
				for (const chunk of Object.values(chunks).filter((c) => loaded.has(c.fileName))) {
					chunk.code = COMPILE_HINT + chunk.code;
					// The source map (npm run bench:js-sources reads it) gets the empty first line too.
					const map = chunk.sourcemapFileName ? bundle[chunk.sourcemapFileName] : undefined;
					if (map?.type === 'asset' && typeof map.source === 'string') {
						const json = JSON.parse(map.source);
						json.mappings = `;${json.mappings}`;
						map.source = JSON.stringify(json);
					}
				}
			}
		}
	};
}
