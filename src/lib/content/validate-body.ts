/**
 * A page's markdown body is data, not code. Parsed as markdown (the same parser as the
 * build), it is refused when it holds raw HTML, a link that is not `https:` or a page of the
 * guide, or a picture. Every problem names the line and what to write instead.
 * Also: phone numbers typed into the text (a warning, not a failure).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import type { ContentProblem } from './problems';
import { deepestLineStart, MAX_EMPHASIS_MARKS, MAX_ESTIMATED_DEPTH, mostEmphasisMarks } from './body-shape';

const parser = unified().use(remarkParse);

/** The largest body a page may have (see docs/adr/0014-innhold-som-data.md). */
export const MAX_BODY_BYTES = 100 * 1024;

export interface BodyCheck {
	problems: ContentProblem[];
	warnings: ContentProblem[];
}

/** Where a link inside the guide may lead: the site paths of its pages, e.g. `/nb/niva-0/trinn-1/`. */
export type KnownPaths = ReadonlySet<string>;

/** `/nb/niva-0/trinn-1` or `/nb/niva-0/trinn-1/#x` → `/nb/niva-0/trinn-1/`; undefined if not a site path. */
export function sitePathOf(url: string): string | undefined {
	const match = /^(\/[^?#]*?)\/?(?:[?#].*)?$/.exec(url);
	if (!match || url.startsWith('//')) return undefined;
	const path = match[1] ?? '';
	return path === '' ? '/' : `${path}/`;
}

function lineOf(node: Nodes, lineOffset: number): string {
	const line = node.position?.start.line;
	return line === undefined ? '' : `linje ${(line + lineOffset).toString()}: `;
}

function firstTag(html: string): string {
	const tag = /<\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(html)?.[1];
	return tag ? `<${tag.toLowerCase()}>` : html.trim().slice(0, 20);
}

const WRITE_INSTEAD =
	'skriv vanlig markdown i stedet: **fet**, *kursiv*, [lenketekst](https://…), ## Mellomtittel eller - kulepunkt';

function checkLink(url: string, knownPaths: KnownPaths): string | undefined {
	const trimmed = url.trim();
	// Headings get no id, so a link to a place on a page (#…) leads nowhere, and the build's
	// prerender stops on it (handleMissingId): refused, with the page to link to instead.
	if (trimmed.startsWith('#')) {
		return `lenken «${url}» peker til et sted på siden, men mellomtitlene har ingen slik adresse; lenk til hele siden, f.eks. /nb/niva-0/trinn-1/`;
	}
	if (/^https:\/\/[^/\s]+/i.test(trimmed)) return undefined;
	if (trimmed.startsWith('/') && !trimmed.startsWith('//')) {
		const path = sitePathOf(trimmed);
		if (!path || !knownPaths.has(path)) {
			return `lenken «${url}» peker til en side i veilederen som ikke finnes; skriv adressen slik den står i nettleseren, f.eks. /nb/niva-0/trinn-1/`;
		}
		if (trimmed.includes('#')) {
			return `lenken «${url}» peker til et sted på siden (#…), men sidene har ingen slike adresser; lenk til hele siden: ${path}`;
		}
		return undefined;
	}
	const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
	if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') {
		return `lenken «${url.slice(0, 40)}» er ikke en nettadresse og kan ikke brukes; lenk til en side som starter med https://`;
	}
	if (scheme === 'http') return `lenken «${url}» må starte med https:// (ikke http://), så ingen kan endre siden underveis`;
	if (scheme) return `lenken «${url}» kan ikke brukes; lenker må starte med https:// eller være en side i veilederen (/nb/…)`;
	return `lenken «${url}» er ufullstendig; skriv hele adressen, med https:// for andre nettsteder eller /nb/… for en side i veilederen`;
}

/**
 * How deep the markdown tree may go (a list item in a list is two levels, a quote one). The
 * build's HTML writer recurses once per level and runs out of stack at about 3 000 (measured:
 * 1 500 nested lists, 3 000 nested quotes), while real text is 10 levels deep at most (a list
 * in a list in a list with bold text). 40 leaves room for any text and a wide margin.
 */
export const MAX_NESTING = 40;

/** Every node with its depth, without recursion (a body nested 10 000 deep must not crash the check). */
function* walk(root: Nodes): Generator<[Nodes, number]> {
	const stack: [Nodes, number][] = [[root, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		yield [node, depth];
		if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
	}
}

/**
 * Checks one body. `lineOffset` is the number of lines above the body in the file (the
 * frontmatter), so the line numbers match what the editor sees.
 */
export function checkBody(file: string, body: string, knownPaths: KnownPaths, lineOffset = 0, phoneNumbers: readonly string[] = []): BodyCheck {
	const problems: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const bytes = new TextEncoder().encode(body).byteLength;
	if (bytes > MAX_BODY_BYTES) {
		problems.push({
			file,
			field: 'tekst',
			message: `teksten er ${Math.ceil(bytes / 1024).toString()} KB; en side kan ha høyst ${(MAX_BODY_BYTES / 1024).toString()} KB tekst (det er omtrent 40 sider). Del den opp i flere sider`
		});
		return { problems, warnings };
	}
	const shape = shapeProblem(body, lineOffset);
	if (shape) return { problems: [{ file, field: 'tekst', message: shape }], warnings };
	const tree = parser.parse(body) as Root;
	let deepest: [Nodes, number] | undefined;
	for (const [node, depth] of walk(tree)) {
		if (depth > MAX_NESTING && (!deepest || depth > deepest[1])) deepest = [node, depth];
		const at = lineOf(node, lineOffset);
		if (node.type === 'html') {
			if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) continue;
			problems.push({ file, field: 'tekst', message: `${at}HTML (${firstTag(node.value)}) kan ikke brukes i teksten; ${WRITE_INSTEAD}` });
		} else if (node.type === 'image' || node.type === 'imageReference') {
			problems.push({ file, field: 'tekst', message: `${at}bilder kan ikke brukes i teksten; beskriv det med ord, eller lenk til bildet med [lenketekst](https://…)` });
		} else if (node.type === 'link' || node.type === 'definition') {
			const problem = checkLink(node.url, knownPaths);
			if (problem) problems.push({ file, field: 'tekst', message: `${at}${problem}` });
		}
	}
	if (deepest) {
		problems.push({
			file,
			field: 'tekst',
			message: `${lineOf(deepest[0], lineOffset)}${tooDeep(deepest[1].toString())}`
		});
	}
	warnings.push(...phoneWarnings(file, body, phoneNumbers));
	// <span …>…</span> is two HTML nodes on one line: one line in the list.
	const unique = [...new Map(problems.map((p) => [p.message, p])).values()];
	return { problems: unique, warnings };
}

/** What to tell the editor about a body nested `depth` levels deep. */
const tooDeep = (depth: string) =>
	`sitater, lister eller utheving står ${depth} nivåer inni hverandre; høyst ${MAX_NESTING.toString()} går (ellers stopper byggingen). Skriv teksten flatere`;

/** A body nested far too deep for the parser to take in reasonable time (body-shape.ts), before it is parsed. */
function shapeProblem(body: string, lineOffset: number): string | undefined {
	const at = (line: number) => `linje ${(line + lineOffset).toString()}: `;
	const start = deepestLineStart(body);
	if (start.count > MAX_ESTIMATED_DEPTH) {
		return `${at(start.line)}${tooDeep(`om lag ${start.count.toString()}`)}`;
	}
	const emphasis = mostEmphasisMarks(body);
	if (emphasis.count > MAX_EMPHASIS_MARKS) {
		return `${at(emphasis.line)}avsnittet har ${emphasis.count.toString()} tegn for utheving (* eller _); høyst ${MAX_EMPHASIS_MARKS.toString()} i ett avsnitt går (ellers blir kontrollen og byggingen svært trege). Skriv teksten enklere`;
	}
	return undefined;
}

/** 8 digits, written together or in groups (12345678, 12 34 56 78, 123 45 678, +47 …). */
const EIGHT_DIGITS = /(?<![\d])(?:\+47[ ]?)?\d(?:[ ]?\d){7}(?![\d])/g;

function phoneWarnings(file: string, body: string, configured: readonly string[]): ContentProblem[] {
	const found = new Set<string>();
	for (const match of body.matchAll(EIGHT_DIGITS)) found.add(match[0]);
	for (const number of configured) {
		const digits = number.replace(/\D/g, '');
		if (digits.length < 3) continue;
		const written = digits.split('').join('[ ]?');
		// A short number (112, 116 111) is also a section of a law («§ 112»): only after «ring», «telefon» …
		const before = digits.length >= 8 ? '' : '(?:ring|ringe|telefon|tlf\\.?|nummer|nummeret)[ :]+';
		if (new RegExp(`${before}(?<![\\d])${written}(?![\\d])`, 'i').test(body)) found.add(number);
	}
	return [...found].map((number) => ({
		file,
		field: 'tekst',
		message: `teksten ser ut til å ha telefonnummeret «${number}». Skriv numre i kommune.yaml i stedet: sikkerhetssiden viser dem, og de er riktige på alle sider når de endres ett sted`
	}));
}
