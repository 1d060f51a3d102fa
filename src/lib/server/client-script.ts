/**
 * The page's one script (src/client/guide.ts) and the files it imports, as the build wrote them
 * (Vite's manifest of the browser build). SvelteKit's own browser code is not used: every page
 * is plain HTML that this script brings to life (csr = false in routes/+layout.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dev } from '$app/environment';
import { CLIENT_ENTRY } from '$lib/bundling/client-entry';
import { staticImportsOf } from '$lib/bundling/static-imports';

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
	const imported = staticImportsOf(CLIENT_ENTRY, (key) => manifest[key] && (manifest[key].imports ?? [])).slice(1);
	const preload = new Set(imported.flatMap((key) => manifest[key]?.file ?? []));
	preload.delete(entry.file);
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

/** The script and its imports as the page at `pathname` links them: relative, as SvelteKit's own links are, so the built site can be moved. */
export function clientScriptFor(pathname: string, base: string, script: ClientScript = clientScript()): ClientScript {
	const toRoot = pathToRoot(pathname, base);
	return { src: toRoot + script.src, preload: script.preload.map((file) => toRoot + file) };
}
