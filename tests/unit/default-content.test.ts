/**
 * The default guide in content/: complete, and a walk through it always can end.
 * Walks here use the real content and the real walk engine, in plain TypeScript.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import type { ContentPage, GuideContent } from '../../src/lib/content/guide-content';
import { buildGraph, canReachEnding, reachableFrom } from '../../src/lib/flow/graph';
import { currentNodeId, emptyWalk, factsOf, recordAnswer, type Walk } from '../../src/lib/flow/walk';
import { pageModel } from '../../src/lib/pages/page';
import { translator } from '../../src/lib/i18n';
import type { Language } from '../../src/lib/i18n/languages';

const result = loadContent(join(import.meta.dirname, '../../content'));
const content = result.content as GuideContent;

function byId(lang: Language): Map<string, ContentPage> {
	return new Map(content.pages[lang].map((p) => [p.frontmatter.id, p]));
}

function startId(lang: Language): string {
	const start = content.pages[lang].find((p) => p.frontmatter.kind === 'start');
	if (!start) throw new Error('no start');
	return start.frontmatter.id;
}

/** Answers `answerIds` in order from the start, using the page models the site renders. */
function walk(lang: Language, answerIds: string[]): Walk {
	const pages = byId(lang);
	let state = emptyWalk();
	for (const answerId of answerIds) {
		const page = pages.get(currentNodeId(state, startId(lang)));
		if (!page) throw new Error(`walk left the content at ${currentNodeId(state, startId(lang))}`);
		const model = pageModel(content, page, '', translator(lang));
		const node = 'walk' in model ? model.walk : undefined;
		const answer = node?.answers.find((a) => a.id === answerId);
		if (!node || !answer) throw new Error(`${page.frontmatter.id} has no answer ${answerId}`);
		state = recordAnswer(state, startId(lang), node.node, answer, '2027-03-01');
	}
	return state;
}

describe('the default content', () => {
	it('loads without problems', () => {
		expect(result.problems).toEqual([]);
	});

	it('has levels 0–3 with 4, 4, 4 and 5 steps in both languages', () => {
		for (const lang of ['nb', 'nn'] as const) {
			const steps = content.pages[lang].filter((p) => p.frontmatter.kind === 'step');
			const perLevel = content.municipality.levels.map((l) => steps.filter((s) => s.frontmatter.kind === 'step' && s.frontmatter.level === l.id).length);
			expect(perLevel).toEqual([4, 4, 4, 5]);
		}
	});

	it('has a glossary of at least 15 terms and the «Om stafettloggen» page', () => {
		for (const lang of ['nb', 'nn'] as const) {
			const glossary = content.pages[lang].find((p) => p.frontmatter.kind === 'glossary');
			expect(glossary?.frontmatter.kind === 'glossary' && glossary.frontmatter.terms.length).toBeGreaterThanOrEqual(15);
			expect(content.pages[lang].some((p) => p.frontmatter.kind === 'article' && p.path === 'stafettlogg')).toBe(true);
		}
	});

	it('lets every page be reached and every loop be left', () => {
		for (const lang of ['nb', 'nn'] as const) {
			const graph = buildGraph(content.pages[lang].map((p) => p.frontmatter));
			expect(reachableFrom(graph, startId(lang)).size).toBe(graph.size);
			expect(canReachEnding(graph).size).toBe(graph.size);
		}
	});

	it('ends every random walk within a bounded number of answers', () => {
		const graph = buildGraph(content.pages.nb.map((p) => p.frontmatter));
		let seed = 42;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		for (let run = 0; run < 500; run++) {
			let node = graph.get(startId('nb'));
			let answers = 0;
			while (node && !node.isEnding && answers < 2000) {
				const edge = node.edges[Math.floor(random() * node.edges.length)];
				node = edge ? graph.get(edge.to) : undefined;
				answers++;
			}
			expect(node?.isEnding, `run ${run}`).toBe(true);
		}
	});

	it('has four distinct endings', () => {
		const endings = content.pages.nb.filter((p) => p.frontmatter.kind === 'ending');
		expect(new Set(endings.map((p) => p.frontmatter.kind === 'ending' && p.frontmatter.outcome)).size).toBe(4);
	});

	it('goes from each answer to the page the content names', () => {
		const state = walk('nb', ['nei', 'skole', 'skolemiljo', 'ja', 'ja', 'ja', 'egen-tjeneste']);
		expect(currentNodeId(state, startId('nb'))).toBe('niva-1-trinn-1');
		expect(factsOf(state)).toEqual({ service: 'skole', caseType: 'skolemiljo' });
		const looped = walk('nn', ['nei', 'skole', 'annet', 'ja', 'ja', 'ja', 'egen-tjeneste', 'ja', 'ja', 'ja', 'fortsett']);
		expect(currentNodeId(looped, startId('nn'))).toBe('niva-1-trinn-2');
	});

	it('marks every guardian-contact step as not applying on the safety path', () => {
		const state = walk('nb', ['ja', 'videre', 'barnehage', 'annet', 'ja', 'ja', 'ja', 'egen-tjeneste', 'ja']);
		const pages = byId('nb');
		for (const entry of state.entries) {
			const page = pages.get(entry.nodeId);
			const contacts = page?.frontmatter.kind === 'step' && page.frontmatter.contactsGuardians;
			expect(entry.notApplicable ?? false, entry.nodeId).toBe(contacts);
		}
		expect(state.entries.filter((e) => e.notApplicable).map((e) => e.nodeId)).toEqual([
			'niva-0-trinn-3',
			'niva-0-trinn-4',
			'niva-1-trinn-1'
		]);
	});
});
