/**
 * The one part of loading content that touches the disk: a folder becomes a map of files.
 * Only regular files are read: a symbolic link (to /etc/passwd, say) is refused, never
 * followed, and so is a file too large to be content.
 */
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles, LoadResult } from './guide-content';
import type { ContentProblem } from './problems';
import { parseContent } from './parse';

const TEXT_FILE = /\.(md|ya?ml|svg)$/i;

/** No single file in the content folder may be larger (a body's own limit is lower: validate-body.ts). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** The whole content folder: about ten times the default guide. */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

export interface ContentDir {
	files: ContentFiles;
	/** Files that were not read, each with why. */
	problems: ContentProblem[];
	/** Their paths, so they are not reported again as missing. */
	refused: Set<string>;
	/** The first bytes of a refused file that is too large: its id still shows, so links to it are not called broken. */
	heads: Map<string, Uint8Array>;
}

export function readContentDir(dir: string): ContentFiles {
	return readContentDirChecked(dir).files;
}

export function readContentDirChecked(dir: string): ContentDir {
	const files = new Map<string, string | Uint8Array>();
	const problems: ContentProblem[] = [];
	const refused = new Set<string>();
	const heads = new Map<string, Uint8Array>();
	if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return { files, problems, refused, heads };
	let total = 0;
	let over = false;
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) =>
		join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name))
	);
	for (const entry of entries) {
		if (entry.isDirectory()) continue;
		const absolute = join(entry.parentPath, entry.name);
		const path = relative(dir, absolute).split(sep).join('/');
		const stat = lstatSync(absolute);
		if (stat.isSymbolicLink() || !stat.isFile()) {
			refused.add(path);
			problems.push({
				file: path,
				message: 'er en snarvei (symbolsk lenke) eller en spesialfil, ikke en vanlig fil. Kopier selve fila inn i innholdsmappen i stedet'
			});
			continue;
		}
		if (stat.size > MAX_FILE_BYTES) {
			refused.add(path);
			heads.set(path, readHead(absolute));
			problems.push({
				file: path,
				message: `fila er ${Math.ceil(stat.size / 1024).toString()} KB; ingen fil i innholdsmappen kan være over ${(MAX_FILE_BYTES / 1024).toString()} KB`
			});
			continue;
		}
		total += stat.size;
		if (total > MAX_CONTENT_BYTES) {
			// This file and the ones after it are not read; their ids still show, so they are not called missing.
			if (!over) {
				problems.push({
					file: path,
					message: `innholdsmappen er over ${(MAX_CONTENT_BYTES / 1024 / 1024).toString()} MB til sammen med denne fila, så den og filene etter den er ikke lest; fjern filer som ikke hører til veilederen`
				});
			}
			over = true;
			refused.add(path);
			heads.set(path, readHead(absolute));
			continue;
		}
		const bytes = new Uint8Array(readFileSync(absolute));
		if (!TEXT_FILE.test(entry.name)) {
			files.set(path, bytes);
			continue;
		}
		// Text as text when it is UTF-8; otherwise the bytes, which parseContent reports.
		try {
			files.set(path, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		} catch {
			files.set(path, bytes);
		}
	}
	return { files, problems, refused, heads };
}

function readHead(path: string): Uint8Array {
	const head = new Uint8Array(4096);
	const fd = openSync(path, 'r');
	try {
		return head.subarray(0, readSync(fd, head, 0, head.length, 0));
	} finally {
		closeSync(fd);
	}
}

/** Reads and checks a content folder: what the build, check:content and the tests use. */
export function loadContent(dir: string): LoadResult {
	if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
		return { problems: [{ file: dir, message: 'innholdsmappen finnes ikke' }], warnings: [] };
	}
	const read = readContentDirChecked(dir);
	const result = parseContent(read.files, { refused: read.refused, heads: read.heads });
	if (read.problems.length === 0) return result;
	return { problems: [...read.problems, ...result.problems], warnings: result.warnings };
}
