/**
 * Parses a content folder given as data (path → text, see read-dir.ts for the disk): YAML and
 * frontmatter, every file against the zod schemas, then the checks across files. Pure: no
 * file access, so tests and property tests run in memory. Never throws for bad content: every
 * problem is collected, so the web editor sees all of them at once.
 */
import { missingResourceWarnings } from './release';
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
import { validateContent } from './validate';

// Zod's own messages in Norwegian (bokmål): the reader is the web editor.
z.config(z.locales.no());

export function parseContent(files: ContentFiles): LoadResult {
	const problems: ContentProblem[] = [];

	const municipality = readYamlFile(files, MUNICIPALITY_FILE, municipalitySchema, problems);
	if (municipality) problems.push(...checkImageFiles(files, municipality));
	const deadlines = readYamlFile(files, DEADLINES_FILE, deadlinesFileSchema, problems);

	const texts: Partial<Record<Language, TextsFile>> = {};
	const pages: Record<Language, ContentPage[]> = { nb: [], nn: [] };
	const brokenIds: Record<Language, Set<string>> = { nb: new Set(), nn: new Set() };
	for (const lang of LANGUAGES) {
		const inLanguage = [...files.keys()].filter((file) => file.startsWith(`${lang}/`)).sort();
		if (inLanguage.length === 0) {
			problems.push({ file: `${lang}/`, message: `mappen for ${lang} mangler` });
			continue;
		}
		texts[lang] = readYamlFile(files, `${lang}/${TEXTS_FILE}`, textsFileSchema, problems);
		for (const file of inLanguage.filter((f) => f.endsWith('.md'))) {
			const page = readPage(file, textOf(files, file), lang, problems, brokenIds[lang]);
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
	const review = reviewDateWarning(municipality.siteInfo, todayInOslo());
	const reviewWarnings = review ? [{ file: MUNICIPALITY_FILE, ...review }] : [];
	return { content, problems: [], warnings: [...exampleValueWarnings(municipality), ...missingResourceWarnings(content), ...reviewWarnings] };
}

/** A text file's content ('' for a picture given as bytes). */
function textOf(files: ContentFiles, file: string): string {
	const value = files.get(file);
	return typeof value === 'string' ? value : '';
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
	text: string,
	lang: Language,
	problems: ContentProblem[],
	brokenIds: Set<string>
): ContentPage | undefined {
	const source = text.replace(/\r\n/g, '\n');
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
	files: ContentFiles,
	file: string,
	schema: ZodType<T>,
	problems: ContentProblem[]
): T | undefined {
	if (!files.has(file)) {
		problems.push({ file, message: 'filen mangler' });
		return undefined;
	}
	const data = parseYaml(textOf(files, file), file, problems, 0);
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

function checkImageFiles(files: ContentFiles, municipality: Municipality): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const pictures: [field: string, name: string | undefined][] = [
		['logo.file', municipality.logo?.file],
		['favicon', municipality.favicon]
	];
	for (const [field, name] of pictures) {
		if (!name) continue;
		const found = files.get(name);
		const bytes = typeof found === 'string' ? new TextEncoder().encode(found).byteLength : found?.byteLength;
		if (bytes === undefined) {
			problems.push({ file: MUNICIPALITY_FILE, field, message: `finner ikke filen «${name}»; legg den i samme mappe som ${MUNICIPALITY_FILE}` });
		} else if (bytes > MAX_IMAGE_BYTES) {
			const kb = Math.round(bytes / 1024);
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
	municipality.contacts.forEach((contact, i) => {
		if (contact.example) {
			warnings.push({ file, field: `contacts.${i}.number`, message: `telefonnummeret til «${contact.id}» er et eksempel` });
		}
	});
	for (const key of ['accessibilityStatement', 'feedback'] as const) {
		if (municipality.siteInfo?.[key].example) warnings.push({ file, field: `siteInfo.${key}.url`, message: 'lenken er et eksempel' });
	}
	if (municipality.reportForm?.example) {
		warnings.push({ file, field: 'reportForm.url', message: 'lenken til den skriftlige bekymringsmeldingen er et eksempel' });
	}
	if (municipality.logTool.example) {
		warnings.push({ file, field: 'logTool', message: 'lenken til loggverktøyet er et eksempel' });
	}
	return warnings;
}
