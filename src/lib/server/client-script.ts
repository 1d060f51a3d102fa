/**
 * The page's one script (src/client/guide.ts) and the files it imports, as the build wrote them
 * (Vite's manifest of the browser build). SvelteKit's own browser code is not used: every page
 * is plain HTML that this script brings to life (csr = false in routes/+layout.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dev } from '$app/environment';
import { CLIENT_ENTRY } from '$lib/bundling/client-entry';
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

export interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
}

/** Paths from the site's root (no leading slash), so a page can link them relative to itself as SvelteKit does. */
export interface ClientScript {
	src: string;
	/** Files the script imports at once, so the browser fetches them in parallel. */
	preload: string[];
}

/** The entry's file and, depth first, every file it imports at once (not its dynamic imports). */
export function clientScriptOf(manifest: Record<string, ManifestChunk>): ClientScript {
	const entry = manifest[CLIENT_ENTRY];
	if (!entry) throw new Error(`${CLIENT_ENTRY} is missing from the browser build (${MANIFEST})`);
	const preload = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || preload.has(chunk.file)) return;
		preload.add(chunk.file);
		chunk.imports?.forEach(visit);
	};
	entry.imports?.forEach(visit);
	return { src: entry.file, preload: [...preload] };
}

let cached: ClientScript | undefined;

export function clientScript(): ClientScript {
	// The dev server compiles the entry on request.
	if (dev) return { src: CLIENT_ENTRY, preload: [] };
	cached ??= clientScriptOf(JSON.parse(readFileSync(resolve(MANIFEST), 'utf8')));
	return cached;
}

/** How a page at `pathname` (below `base`) reaches the site's root by a relative link: '../../', or './' at the root. */
export function pathToRoot(pathname: string, base: string): string {
	const depth = pathname.slice(base.length).split('/').filter(Boolean).length;
	return '../'.repeat(depth) || './';
}
