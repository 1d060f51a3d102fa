/**
 * Parses a content folder given as data (path → text, see read-dir.ts for the disk): YAML and
 * frontmatter, every file against the zod schemas, then the checks across files. Pure: no
 * file access, so tests and property tests run in memory. Never throws for bad content: every
 * problem is collected, so the web editor sees all of them at once.
 */
import { exampleValueWarnings, missingResourceWarnings } from './release';
import { reviewDateWarning } from '../site-info/schema';
import { todayInOslo } from '../deadlines/calendar';
import { parseDocument } from 'yaml';
import { z, type ZodType } from 'zod';
import {
	LANGUAGES,
	deadlinesFileSchema,
	municipalitySchema,
	pageSchema,
	textsFileSchema,
	type DeadlinesFile,
	type Language,
	type Municipality,
	type PageFrontmatter,
	type TextsFile
} from './schema';
import type { ContentProblem } from './problems';
import { DEADLINES_FILE, MUNICIPALITY_FILE, TEXTS_FILE } from './files';
import type { ContentFiles, ContentPage, GuideContent, LoadResult } from './guide-content';
import { checkAnswerTargets, validateContent } from './validate';
import { checkGraph } from './validate-graph';
import { checkBody } from './validate-body';
import { checkImageFiles, decodeText } from './validate-files';
import { hrefOf } from '../pages/paths';
import { printPathsOf } from '../pages/print-paths';

// Zod's own messages in Norwegian (bokmål): the reader is the web editor.
z.config(z.locales.no());

export interface ParseOptions {
	/** Files refused before parsing (a symlink, too large): not reported again as missing. */
	refused?: ReadonlySet<string>;
	/** The first bytes of refused files, when read-dir could read them: for their id only. */
	heads?: ReadonlyMap<string, Uint8Array>;
}

/** A page's id and kind when its frontmatter could not be read: so others' links to it are not reported as broken. */
interface Broken {
	ids: Set<string>;
	kinds: Set<string>;
}

export function parseContent(files: ContentFiles, options: ParseOptions = {}): LoadResult {
	const problems: ContentProblem[] = [];
	const refused = options.refused ?? new Set<string>();

	const municipality = readYamlFile(files, MUNICIPALITY_FILE, municipalitySchema, problems, refused);
	if (municipality) problems.push(...checkImageFiles(files, municipality, refused));
	const deadlines = readYamlFile(files, DEADLINES_FILE, deadlinesFileSchema, problems, refused);

	const texts: Partial<Record<Language, TextsFile>> = {};
	const pages: Record<Language, ContentPage[]> = { nb: [], nn: [] };
	const broken: Record<Language, Broken> = { nb: { ids: new Set(), kinds: new Set() }, nn: { ids: new Set(), kinds: new Set() } };
	const bodies: RawBody[] = [];
	for (const lang of LANGUAGES) {
		const inLanguage = [...files.keys(), ...refused].filter((file) => file.startsWith(`${lang}/`)).sort();
		if (inLanguage.length === 0) {
			problems.push({ file: `${lang}/`, message: `mappen for ${lang} mangler` });
			continue;
		}
		texts[lang] = readYamlFile(files, `${lang}/${TEXTS_FILE}`, textsFileSchema, problems, refused);
		for (const file of inLanguage.filter((f) => f.endsWith('.md'))) {
			const text = refused.has(file) ? undefined : textOf(files, file, problems);
			if (text === undefined) {
				noteBroken(looseText(files.get(file) ?? options.heads?.get(file)), broken[lang]);
				continue;
			}
			const read = readPage(file, text, lang, problems, broken[lang]);
			if (!read) {
				broken[lang].kinds.add('*');
				continue;
			}
			if ('page' in read) {
				pages[lang].push(read.page);
				bodies.push(read.body);
			}
		}
	}

	// Bodies are checked against every page that parsed, and the print pages, in both languages.
	const knownPaths = new Set(LANGUAGES.flatMap((lang) => [...pages[lang].map((p) => p.path), ...printPathsOf(pages[lang])].map((path) => hrefOf(lang, path))));
	const phones = municipality ? municipality.contacts.map((contact) => contact.number) : [];
	const bodyWarnings: ContentProblem[] = [];
	for (const { file, body, lineOffset } of bodies) {
		try {
			const checked = checkBody(file, body, knownPaths, lineOffset, phones);
			problems.push(...checked.problems);
			bodyWarnings.push(...checked.warnings);
		} catch (error) {
			// Whatever the parser cannot take, the build could not either: one line naming the file.
			problems.push({ file, field: 'tekst', message: `teksten kunne ikke leses som markdown (${error instanceof Error ? error.message : String(error)}); skriv den enklere` });
		}
	}

	const brokenIds = { nb: broken.nb.ids, nn: broken.nn.ids };
	const brokenKinds = { nb: broken.nb.kinds, nn: broken.nn.kinds };
	if (!municipality || !deadlines || !texts.nb || !texts.nn) {
		// The other cross-file checks need these files; the walk itself needs only the pages.
		for (const lang of LANGUAGES) {
			problems.push(...checkAnswerTargets(pages[lang], brokenIds[lang]), ...checkGraph(pages[lang], lang, brokenIds[lang]));
		}
		return { problems, warnings: bodyWarnings };
	}

	const content: GuideContent = {
		municipality,
		deadlines,
		texts: { nb: texts.nb, nn: texts.nn },
		pages
	};
	// Cross-file checks run even when single pages failed, so all problems show at once.
	problems.push(...validateContent(content, { brokenIds, brokenKinds, existingFiles: new Set([...files.keys(), ...refused]) }));
	const review = reviewDateWarning(municipality.siteInfo, todayInOslo());
	const warnings = [
		...exampleValueWarnings(municipality),
		...missingResourceWarnings(content),
		...(review ? [{ file: MUNICIPALITY_FILE, ...review }] : []),
		...bodyWarnings
	];
	if (problems.length > 0) return { problems, warnings };
	return { content, problems: [], warnings };
}

interface RawBody {
	file: string;
	body: string;
	/** Lines above the body in the file. */
	lineOffset: number;
}

/**
 * A page that could not be read still usually shows its id and kind: others may point to
 * it, so their links are not reported as broken and its kind not as missing.
 */
function noteBroken(text: string, broken: Broken): void {
	const id = /^id:[ \t]*["']?([a-z0-9-]+)/m.exec(text)?.[1];
	const kind = /^kind:[ \t]*["']?([a-z]+)/m.exec(text)?.[1];
	if (id) broken.ids.add(id);
	broken.kinds.add(kind ?? '*');
}

/** Whatever text a file holds, for noteBroken only (not UTF-8: read as Latin-1). */
function looseText(value: string | Uint8Array | undefined): string {
	if (value === undefined) return '';
	return typeof value === 'string' ? value : new TextDecoder('latin1').decode(value.subarray(0, 64 * 1024));
}

/** A text file's content; a file that is not UTF-8 is a problem, and undefined. */
function textOf(files: ContentFiles, file: string, problems: ContentProblem[]): string | undefined {
	const decoded = decodeText(file, files.get(file));
	if (decoded.problem) problems.push(decoded.problem);
	return decoded.text;
}

/** `nb/niva-0/index.md` → `niva-0`, `nb/index.md` → `''`. */
export function urlPathOf(fileBelowLanguage: string): string {
	const withoutExtension = fileBelowLanguage.replace(/\.md$/, '');
	const parts = withoutExtension.split('/');
	if (parts[parts.length - 1] === 'index') parts.pop();
	return parts.join('/');
}

function readPage(
	file: string,
	source: string,
	lang: Language,
	problems: ContentProblem[],
	broken: Broken
): { page: ContentPage; body: RawBody } | { failed: true } | undefined {
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(source);
	if (!match) {
		problems.push({
			file,
			message: 'filen må starte med innstillinger (frontmatter) mellom to linjer med ---'
		});
		return undefined;
	}
	const [, yamlText = '', body = ''] = match;
	const data = parseYaml(yamlText, file, problems, 1);
	if (data === undefined) {
		noteBroken(yamlText, broken);
		return { failed: true };
	}
	const frontmatter = validate(pageSchema, data, file, problems);
	if (!frontmatter) {
		const raw = data as Record<string, unknown>;
		if (typeof raw.id === 'string') broken.ids.add(raw.id);
		broken.kinds.add(typeof raw.kind === 'string' ? raw.kind : '*');
		return { failed: true };
	}
	const path = urlPathOf(file.slice(lang.length + 1));
	if (!/^[a-z0-9/-]*$/.test(path)) {
		problems.push({
			file,
			message: 'filnavn og mapper kan bare ha små bokstaver a–z, sifre og bindestrek (de blir til nettadresser)'
		});
		broken.ids.add(frontmatter.id);
		broken.kinds.add(frontmatter.kind);
		return { failed: true };
	}
	const lineOffset = source.slice(0, source.length - body.length).split('\n').length - 1;
	return { page: { lang, path, file, frontmatter, body: body.trim() }, body: { file, body, lineOffset } };
}

function readYamlFile<T>(
	files: ContentFiles,
	file: string,
	schema: ZodType<T>,
	problems: ContentProblem[],
	refused: ReadonlySet<string>
): T | undefined {
	if (refused.has(file)) return undefined;
	if (!files.has(file)) {
		problems.push({ file, message: 'filen mangler' });
		return undefined;
	}
	const text = textOf(files, file, problems);
	if (text === undefined) return undefined;
	const data = parseYaml(text, file, problems, 0);
	if (data === undefined) return undefined;
	return validate(schema, data, file, problems);
}

/** Parses YAML; reports syntax errors with a line number (offset for frontmatter). */
function parseYaml(
	text: string,
	file: string,
	problems: ContentProblem[],
	lineOffset: number
): unknown {
	const document = parseDocument(text, { prettyErrors: true });
	if (document.errors.length > 0) {
		// One typo often gives several parser errors; the first one is where it is.
		for (const error of document.errors.slice(0, 1)) {
			const line = error.linePos?.[0]?.line;
			const where = line !== undefined ? ` på linje ${line + lineOffset}` : '';
			problems.push({
				file,
				// The parser's own «at line 12, column 24» counts from the frontmatter, not the file: left out.
				message: `YAML-feil${where}: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`
			});
		}
		return undefined;
	}
	let data: unknown;
	try {
		// Anchors and aliases (&navn, *navn) are not part of the content format: refuse them
		// rather than expand them (an alias bomb would otherwise eat the build machine).
		data = document.toJS({ maxAliasCount: 0 });
	} catch {
		problems.push({
			file,
			message: 'YAML-feil: & og * (ankere og alias) kan ikke brukes i innholdet; skriv verdien ut på hvert sted'
		});
		return undefined;
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problems.push({ file, message: 'innstillingene må være felt på formen «navn: verdi»' });
		return undefined;
	}
	return data;
}

function validate<T>(
	schema: ZodType<T>,
	data: unknown,
	file: string,
	problems: ContentProblem[]
): T | undefined {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		problems.push({
			file,
			field: issue.path.length > 0 ? issue.path.map(String).join('.') : undefined,
			// A check of our own says itself what is missing and why; zod's type error does not.
			message: issue.code !== 'custom' && isMissing(data, issue.path) ? 'mangler; feltet må være med' : issue.message
		});
	}
	return undefined;
}

/** True when the value at `path` is simply not there (zod calls that a wrong type). */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
	let node: unknown = data;
	for (const key of path) {
		if (typeof node !== 'object' || node === null) return false;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node === undefined && path.length > 0;
}
