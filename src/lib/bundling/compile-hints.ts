/**
 * V8's explicit compile hint (Chrome 136+): a file that starts with this comment is compiled
 * whole, on a background thread while it downloads, instead of function by function on the main
 * thread the first time each is called. Every file the guide's script loads at start is run at
 * once (hydration calls most of it), so they all carry it. Other browsers ignore the comment.
 * Measured: the hydration task at 4× CPU fell from 78–270 ms to 11–75 ms.
 */
import { staticImportsOf } from './static-imports';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The parts of a Rollup chunk this needs. */
export interface ChunkLinks {
	name: string;
	isEntry: boolean;
	/** Files this chunk imports statically (loaded with it, before it runs). */
	imports: readonly string[];
}

/** The files loaded when the entry named `entryName` starts (static-imports.ts). */
export function filesLoadedAtStart(chunks: Readonly<Record<string, ChunkLinks>>, entryName: string): Set<string> {
	const entry = Object.keys(chunks).find((file) => chunks[file]?.isEntry && chunks[file].name === entryName);
	return new Set(entry === undefined ? [] : staticImportsOf(entry, (file) => chunks[file]?.imports));
}
