/** The one part of loading content that touches the disk: a folder becomes a map of files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles, LoadResult } from './guide-content';
import { parseContent } from './parse';

const TEXT_FILE = /\.(md|ya?ml|svg)$/i;

export function readContentDir(dir: string): ContentFiles {
	const files = new Map<string, string | Uint8Array>();
	if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return files;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const absolute = join(entry.parentPath, entry.name);
		const path = relative(dir, absolute).split(sep).join('/');
		files.set(path, TEXT_FILE.test(entry.name) ? readFileSync(absolute, 'utf8') : new Uint8Array(readFileSync(absolute)));
	}
	return files;
}

/** Reads and checks a content folder: what the build, check:content and the tests use. */
export function loadContent(dir: string): LoadResult {
	if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
		return { problems: [{ file: dir, message: 'innholdsmappen finnes ikke' }], warnings: [] };
	}
	return parseContent(readContentDir(dir));
}
