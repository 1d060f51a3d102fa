/**
 * The walk as a Mermaid flowchart (src/lib/flow/mermaid.ts) and docs/flyt.md, which
 * `npm run docs:flow` writes from it: nodes, shapes, edges, subgraphs, escaping, and that the
 * committed file is what the script would write for content/ now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/lib/content/parse';
import { readContentDir } from '../../src/lib/content/read-dir';
import type { ContentFiles, GuideContent } from '../../src/lib/content/guide-content';
import { FLOW_DOC_FILE, buildFlowDoc, renderFlowDoc } from '../../src/lib/flow/flow-doc';
import { buildFlowchart, flowchartOf, mermaidId, mermaidLabel } from '../../src/lib/flow/mermaid';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, '../fixtures/valid');

/** Parses a content folder read into memory, after `edit` has changed some of its files. */
function contentOf(dir: string, edit: (files: Map<string, string | Uint8Array>) => void = () => {}): GuideContent {
	const files = new Map(readContentDir(dir));
	edit(files);
	const result = parseContent(files as ContentFiles);
	if (!result.content) throw new Error(result.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
	return result.content;
}

/** Replaces `from` with `to` in one text file of the map (the text must be there). */
function replaceIn(files: Map<string, string | Uint8Array>, file: string, from: string, to: string): void {
	const text = files.get(file);
	if (typeof text !== 'string' || !text.includes(from)) throw new Error(`${file} does not contain «${from}»`);
	files.set(file, text.replace(from, to));
}

function chartOf(content: GuideContent, direction?: 'TD' | 'LR'): string {
	return flowchartOf(
		content.pages.nb.map((p) => p.frontmatter),
		{ levels: content.municipality.levels.map((l) => ({ id: l.id, label: String(l.label) })), direction }
	);
}

/** The ```mermaid blocks of a markdown text. */
function mermaidBlocks(markdown: string): string[] {
	return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** A quoted Mermaid label: no raw quote, `#` only as the start of an entity code. */
const LABEL = String.raw`"(?:[^"#\[\]<>&|]|#(?:quot|amp|lt|gt|\d+);)*"`;
const ID = String.raw`[A-Za-z][A-Za-z0-9_]*`;
/** Every statement the chart may hold: a small grammar the whole output must fit. */
const STATEMENT = new RegExp(
	'^(?:' +
		[
			String.raw`flowchart (?:TD|LR)`,
			String.raw`    ${ID}(?:\[\[${LABEL}\]\]|\{\{${LABEL}\}\}|>${LABEL}\]|\[${LABEL}\]|\(\[${LABEL}\]\))(?::::(?:start|safety|ending))?`,
			String.raw`        n_${ID}\[${LABEL}\]`,
			String.raw`    subgraph level_${ID} \[${LABEL}\]`,
			String.raw`    end`,
			String.raw`    n_${ID} (?:-->|==>)\|${LABEL}\| n_${ID}`,
			String.raw`    classDef (?:start|safety|ending) [a-z-]+:[#a-z0-9]+(?:,[a-z-]+:[#a-z0-9]+)*`,
			String.raw`    linkStyle \d+(?:,\d+)* [a-z-]+:[#a-z0-9]+(?:,[a-z-]+:[#a-z0-9]+)*`
		].join('|') +
		')$'
);

describe('mermaidLabel', () => {
	it('quotes the text and writes syntax characters as Mermaid entity codes', () => {
		expect(mermaidLabel('Si "hei" [#1] <b> & a|b `x`')).toBe(
			'"Si #quot;hei#quot; #91;#35;1#93; #lt;b#gt; #amp; a#124;b #96;x#96;"'
		);
	});

	it('escapes a `#` that looks like an entity code, so the text shows as written', () => {
		expect(mermaidLabel('#quot;')).toBe('"#35;quot;"');
	});

	it('makes the text one line', () => {
		expect(mermaidLabel('  to\n  linjer  ')).toBe('"to linjer"');
	});
});

describe('mermaidId', () => {
	it('prefixes the page id and replaces hyphens, so `end` and friends are no keywords', () => {
		expect(mermaidId('end')).toBe('n_end');
		expect(mermaidId('niva-0-trinn-1')).toBe('n_niva_0_trinn_1');
	});
});

describe('flowchartOf', () => {
	const content = contentOf(FIXTURE);
	const chart = chartOf(content);
	const lines = chart.trimEnd().split('\n');

	it('draws top-down unless told left-to-right', () => {
		expect(lines[0]).toBe('flowchart TD');
		expect(chartOf(content, 'LR').split('\n')[0]).toBe('flowchart LR');
	});

	it('has one node per page of the walk, shaped by kind', () => {
		expect(lines).toContain('    n_start[["Start"]]:::start');
		expect(lines).toContain('    n_vold>"Vold"]:::safety');
		expect(lines).toContain('    n_sakstype{{"Sakstype"}}');
		expect(lines).toContain('    n_slutt(["Avsluttet"]):::ending');
		expect(lines).toContain('        n_niva_a_trinn_1["Nivå A · 1: Konkretiser undringen"]');
		expect(lines).toContain('        n_niva_a_trinn_2["Nivå A · 2: Evaluer"]');
		const declared = lines.filter((l) => /^ {4,8}n_\w+[[({>]/.test(l) && !l.includes('|'));
		expect(declared).toHaveLength(6);
		// Pages outside the walk (the level page, glossary, overview …) are not in the chart.
		expect(chart).not.toMatch(/\bn_niva_a\b|n_ordliste|n_oversikt|n_notat|n_samtykke/);
	});

	it('groups the steps of a level in a subgraph named by the level label', () => {
		const start = lines.indexOf('    subgraph level_niva_a ["Nivå A"]');
		expect(start).toBeGreaterThan(0);
		expect(lines.slice(start + 1, start + 4)).toEqual([
			'        n_niva_a_trinn_1["Nivå A · 1: Konkretiser undringen"]',
			'        n_niva_a_trinn_2["Nivå A · 2: Evaluer"]',
			'    end'
		]);
	});

	it('has one edge per answer, labelled with the answer, after every node', () => {
		const edges = lines.filter((l) => l.includes('|'));
		expect(edges).toEqual([
			'    n_start ==>|"Ja"| n_vold',
			'    n_start -->|"Nei"| n_sakstype',
			'    n_vold -->|"Videre"| n_sakstype',
			'    n_sakstype -->|"Annet"| n_niva_a_trinn_1',
			'    n_niva_a_trinn_1 -->|"Ja"| n_niva_a_trinn_2',
			'    n_niva_a_trinn_1 -->|"Nei"| n_slutt',
			'    n_niva_a_trinn_2 -->|"Prøv igjen"| n_niva_a_trinn_1',
			'    n_niva_a_trinn_2 -->|"Ferdig"| n_slutt'
		]);
		const firstEdge = lines.indexOf(edges[0] as string);
		expect(lines.slice(firstEdge).some((l) => /^ {4}n_\w+[[({>]/.test(l))).toBe(false);
	});

	it('marks answers with safetyConcern: a thick arrow and a red line', () => {
		expect(lines).toContain('    linkStyle 0 stroke:#b3261e,color:#b3261e');
		const stats = buildFlowchart(content.pages.nb.map((p) => p.frontmatter), { levels: [] }).stats;
		expect(stats).toEqual({ nodes: 6, edges: 8, safetyEdges: 1 });
	});

	it('escapes titles and answer labels with quotes, brackets and #', () => {
		const tricky = contentOf(FIXTURE, (files) => {
			replaceIn(files, 'nb/niva-a/trinn-2.md', 'label: Prøv igjen', `label: 'Prøv "igjen" [#2]'`);
			replaceIn(files, 'nb/niva-a/trinn-2.md', 'title: Evaluer', `title: 'Evaluer <alt> & "mer" [#3]'`);
		});
		const trickyLines = chartOf(tricky).split('\n');
		expect(trickyLines).toContain('    n_niva_a_trinn_2 -->|"Prøv #quot;igjen#quot; #91;#35;2#93;"| n_niva_a_trinn_1');
		expect(trickyLines).toContain('        n_niva_a_trinn_2["Nivå A · 2: Evaluer #lt;alt#gt; #amp; #quot;mer#quot; #91;#35;3#93;"]');
		for (const line of trickyLines.filter(Boolean)) expect(line).toMatch(STATEMENT);
	});

	it('fills placeholders such as [kommune] when given a filler', () => {
		const withName = contentOf(FIXTURE, (files) => replaceIn(files, 'nb/slutt.md', 'title: Avsluttet', 'title: Avsluttet i [kommune]'));
		const doc = renderFlowDoc(withName);
		expect(doc).toContain('n_slutt(["Avsluttet i Testvik kommune"]):::ending');
	});
});

describe('docs/flyt.md', () => {
	const content = contentOf(join(ROOT, 'content'));
	const committed = readFileSync(join(ROOT, FLOW_DOC_FILE), 'utf8');

	it('is what `npm run docs:flow` writes for content/ now (run it after changing content)', () => {
		expect(committed).toBe(renderFlowDoc(content));
	});

	it('has a Norwegian intro and one mermaid chart per language', () => {
		expect(committed).toMatch(/^# Flyten i veilederen\n/);
		expect(committed).toContain('npm run docs:flow');
		expect(committed.indexOf('## Bokmål')).toBeLessThan(committed.indexOf('## Nynorsk'));
		expect(mermaidBlocks(committed)).toHaveLength(2);
	});

	it('holds every page of the walk and every answer, in both languages', () => {
		const { stats } = buildFlowDoc(content);
		for (const lang of ['nb', 'nn'] as const) {
			const walkPages = content.pages[lang].filter((p) => ['start', 'question', 'safety', 'step', 'ending'].includes(p.frontmatter.kind));
			const answers = walkPages.reduce((n, p) => n + ('question' in p.frontmatter ? p.frontmatter.question.answers.length : 0), 0);
			expect(stats[lang]).toMatchObject({ nodes: walkPages.length, edges: answers });
			expect(stats[lang].safetyEdges).toBeGreaterThan(0);
		}
	});

	it('holds only statements of the chart grammar (quoted labels, safe ids)', () => {
		for (const block of mermaidBlocks(committed)) {
			for (const line of block.trimEnd().split('\n')) expect(line).toMatch(STATEMENT);
		}
	});

	it('goes stale when an answer label in content/ changes, so the first test catches it', () => {
		const changed = contentOf(join(ROOT, 'content'), (files) =>
			replaceIn(files, 'nb/tjeneste.md', 'label: Barnehage', 'label: Barnehagen')
		);
		const doc = renderFlowDoc(changed);
		expect(doc).not.toBe(committed);
		expect(doc).toContain('-->|"Barnehagen"|');
	});
});
