/**
 * Reads a content folder from disk, parses YAML and frontmatter and validates every file
 * against the zod schemas. Never throws for bad content: every problem is collected, so the
 * web editor sees all of them at once.
 *
 * Runs in Node only (the build, `check:content` and tests), never in the browser.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
import { validateContent } from './validate';

// Zod's own messages in Norwegian (bokmål): the reader is the web editor.
z.config(z.locales.no());

export interface ContentPage {
	lang: Language;
	/** URL path below the language, without slashes at the ends: '' for the start page. */
	path: string;
	/** File path relative to the content folder, e.g. `nb/niva-0/trinn-1.md`. */
	file: string;
	frontmatter: PageFrontmatter;
	/** The markdown below the frontmatter. */
	body: string;
}

export interface GuideContent {
	municipality: Municipality;
	deadlines: DeadlinesFile;
	texts: Record<Language, TextsFile>;
	pages: Record<Language, ContentPage[]>;
}

export interface LoadResult {
	/** Present only when there are no problems. */
	content?: GuideContent;
	problems: ContentProblem[];
	/** Things that do not stop the build (example values still in place). */
	warnings: ContentProblem[];
}


export function loadContent(contentDir: string): LoadResult {
	const problems: ContentProblem[] = [];

	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		return {
			problems: [{ file: contentDir, message: 'innholdsmappen finnes ikke' }],
			warnings: []
		};
	}

	const municipality = readYamlFile(contentDir, MUNICIPALITY_FILE, municipalitySchema, problems);
	if (municipality) problems.push(...checkImageFiles(contentDir, municipality));
	const deadlines = readYamlFile(contentDir, DEADLINES_FILE, deadlinesFileSchema, problems);

	const texts: Partial<Record<Language, TextsFile>> = {};
	const pages: Record<Language, ContentPage[]> = { nb: [], nn: [] };
	const brokenIds: Record<Language, Set<string>> = { nb: new Set(), nn: new Set() };
	for (const lang of LANGUAGES) {
		const langDir = join(contentDir, lang);
		if (!existsSync(langDir)) {
			problems.push({ file: `${lang}/`, message: `mappen for ${lang} mangler` });
			continue;
		}
		texts[lang] = readYamlFile(contentDir, `${lang}/${TEXTS_FILE}`, textsFileSchema, problems);
		for (const absolute of listMarkdownFiles(langDir)) {
			const page = readPage(contentDir, lang, absolute, problems, brokenIds[lang]);
			if (page) pages[lang].push(page);
		}
	}

	if (!municipality || !deadlines || !texts.nb || !texts.nn) {
		// The cross-file checks need these files; report what we have.
		return { problems, warnings: [] };
	}

	const content: GuideContent = {
		municipality,
		deadlines,
		texts: { nb: texts.nb, nn: texts.nn },
		pages
	};
	// Cross-file checks run even when single pages failed, so all problems show at once.
	problems.push(...validateContent(content, { brokenIds }));
	if (problems.length > 0) return { problems, warnings: [] };
	return { content, problems: [], warnings: exampleValueWarnings(municipality) };
}

function listMarkdownFiles(dir: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const absolute = join(dir, entry.name);
		if (entry.isDirectory()) found.push(...listMarkdownFiles(absolute));
		else if (entry.isFile() && entry.name.endsWith('.md')) found.push(absolute);
	}
	return found.sort();
}

/** `nb/niva-0/index.md` → `niva-0`, `nb/index.md` → `''`. */
export function urlPathOf(fileBelowLanguage: string): string {
	const withoutExtension = fileBelowLanguage.replace(/\.md$/, '');
	const parts = withoutExtension.split('/');
	if (parts[parts.length - 1] === 'index') parts.pop();
	return parts.join('/');
}

function readPage(
	contentDir: string,
	lang: Language,
	absolute: string,
	problems: ContentProblem[],
	brokenIds: Set<string>
): ContentPage | undefined {
	const file = relative(contentDir, absolute).split(sep).join('/');
	const source = readFileSync(absolute, 'utf8').replace(/\r\n/g, '\n');
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
	if (data === undefined) return undefined;
	const frontmatter = validate(pageSchema, data, file, problems);
	if (!frontmatter) {
		const rawId = (data as Record<string, unknown>).id;
		if (typeof rawId === 'string') brokenIds.add(rawId);
		return undefined;
	}
	if (/[{}]/.test(body)) {
		problems.push({
			file,
			field: 'tekst',
			message: 'teksten kan ikke inneholde krøllparenteser { } (de brukes til kode i markdown-filene)'
		});
		brokenIds.add(frontmatter.id);
		return undefined;
	}
	const path = urlPathOf(file.slice(lang.length + 1));
	if (!/^[a-z0-9/-]*$/.test(path)) {
		problems.push({
			file,
			message: 'filnavn og mapper kan bare ha små bokstaver a–z, sifre og bindestrek (de blir til nettadresser)'
		});
		brokenIds.add(frontmatter.id);
		return undefined;
	}
	return { lang, path, file, frontmatter, body: body.trim() };
}

function readYamlFile<T>(
	contentDir: string,
	file: string,
	schema: ZodType<T>,
	problems: ContentProblem[]
): T | undefined {
	const absolute = join(contentDir, file);
	if (!existsSync(absolute)) {
		problems.push({ file, message: 'filen mangler' });
		return undefined;
	}
	const data = parseYaml(readFileSync(absolute, 'utf8'), file, problems, 0);
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
		for (const error of document.errors) {
			const line = error.linePos?.[0]?.line;
			const where = line !== undefined ? ` på linje ${line + lineOffset}` : '';
			problems.push({
				file,
				message: `YAML-feil${where}: ${error.message.split('\n')[0]}`
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
			message: isMissing(data, issue.path) ? 'mangler; feltet må være med' : issue.message
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

/** Logos heavier than this slow every page down on a phone. */
export const MAX_IMAGE_BYTES = 100 * 1024;

function checkImageFiles(contentDir: string, municipality: Municipality): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const files: [field: string, name: string | undefined][] = [
		['logo.file', municipality.logo?.file],
		['favicon', municipality.favicon]
	];
	for (const [field, name] of files) {
		if (!name) continue;
		const path = join(contentDir, name);
		if (!existsSync(path)) {
			problems.push({ file: MUNICIPALITY_FILE, field, message: `finner ikke filen «${name}»; legg den i samme mappe som ${MUNICIPALITY_FILE}` });
		} else if (statSync(path).size > MAX_IMAGE_BYTES) {
			const kb = Math.round(statSync(path).size / 1024);
			problems.push({
				file: MUNICIPALITY_FILE,
				field,
				message: `«${name}» er ${kb} KB; bruk en fil under ${MAX_IMAGE_BYTES / 1024} KB (f.eks. SVG), ellers blir hver side treg på mobil`
			});
		}
	}
	return problems;
}

function exampleValueWarnings(municipality: Municipality): ContentProblem[] {
	const warnings: ContentProblem[] = [];
	const file = MUNICIPALITY_FILE;
	if (municipality.example) {
		warnings.push({ file, field: 'example', message: 'kommunefilen har fortsatt eksempelverdier' });
	}
	for (const key of ['childWelfareService', 'police', 'emergency', 'childHelpline'] as const) {
		if (municipality[key].example) {
			warnings.push({ file, field: `${key}.number`, message: 'telefonnummeret er et eksempel' });
		}
	}
	if (municipality.logTool.example) {
		warnings.push({ file, field: 'logTool', message: 'lenken til loggverktøyet er et eksempel' });
	}
	return warnings;
}
