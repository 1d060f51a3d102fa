/**
 * The files a script loads before it runs: itself and its static imports, transitively, depth
 * first, each once. Dynamic imports are not followed (they load later, if ever). Used on Rollup's
 * chunks at build time (compile-hints.ts) and on Vite's manifest for the page's links
 * (lib/server/client-script.ts).
 * @param importsOf a key's static imports, or undefined for a key the build does not have
 */
export function staticImportsOf(start: string, importsOf: (key: string) => readonly string[] | undefined): string[] {
	const seen = new Set<string>();
	const visit = (key: string) => {
		const imports = importsOf(key);
		if (imports === undefined || seen.has(key)) return;
		seen.add(key);
		imports.forEach(visit);
	};
	visit(start);
	return [...seen];
}
