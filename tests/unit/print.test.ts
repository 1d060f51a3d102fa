/** The print pages: a whole level, or the whole guide, as one document (pages/print.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuideContent } from '../../src/lib/content/guide-content';
import { renderMarkdown } from '../../src/lib/content/markdown';
import { loadContent } from '../../src/lib/content/read-dir';
import { translator } from '../../src/lib/i18n';
import { levelModels } from '../../src/lib/pages/levels';
import { pageModel } from '../../src/lib/pages/page';
import { printPageModel } from '../../src/lib/pages/print';
import { printPaths } from '../../src/lib/pages/print-paths';
import { brokenFixture, problemsOf } from './helpers/content-fixture';

const content = loadContent(join(import.meta.dirname, '../../content')).content as GuideContent;
const render = (markdown: string, offset: number) => renderMarkdown(markdown, '', offset);
const model = (lang: 'nb' | 'nn', path: string) => {
	const at = printPaths(content, lang).find((p) => p.path === path);
	if (!at) throw new Error(`no print page at ${path}`);
	return printPageModel(content, lang, at, render, translator(lang));
};

describe('headings of a body printed under other headings', () => {
	it('move down by the offset, never past h6', () => {
		expect(renderMarkdown('## Før møtet\n\n### Detaljer', '', 2)).toBe('<h4>Før møtet</h4>\n<h5>Detaljer</h5>');
		expect(renderMarkdown('#### Dypt', '', 3)).toBe('<h6>Dypt</h6>');
		expect(renderMarkdown('## Uendret')).toBe('<h2>Uendret</h2>');
	});
});

describe('the print pages', () => {
	it('are the whole guide and one page beside each level', () => {
		expect(printPaths(content, 'nb').map((p) => p.path)).toEqual(['skriv-ut', 'niva-0/skriv-ut', 'niva-1/skriv-ut', 'niva-2/skriv-ut', 'niva-3/skriv-ut']);
		expect(levelModels(content, 'nn').map((l) => l.printHref)).toEqual(['/nn/niva-0/skriv-ut/', '/nn/niva-1/skriv-ut/', '/nn/niva-2/skriv-ut/', '/nn/niva-3/skriv-ut/']);
	});

	for (const lang of ['nb', 'nn'] as const) {
		it(`${lang}: the whole guide holds every level and every step, in order`, () => {
			const page = model(lang, 'skriv-ut');
			const expected = levelModels(content, lang);
			expect(page.title).toBe(lang === 'nb' ? 'Hele veilederen' : 'Heile rettleiaren');
			expect(page.levels.map((l) => l.id)).toEqual(expected.map((l) => l.id));
			page.levels.forEach((level, i) => {
				expect(level.steps.map((s) => [s.number, s.title])).toEqual(expected[i]!.steps.map((s) => [s.step, s.title]));
			});
		});
	}

	it('prints a level alone, with its steps one heading higher than in the whole guide', () => {
		const guide = model('nb', 'skriv-ut');
		const level = model('nb', 'niva-2/skriv-ut');
		expect(level.scope).toBe('level');
		expect(level.title).toBe('Nivå 2: Tverrfaglig samarbeid mellom tjenester');
		expect(level.levels.map((l) => l.id)).toEqual(['niva-2']);
		const meeting = (page: typeof guide) => page.levels.flatMap((l) => l.steps).find((s) => s.id === 'niva-2-trinn-1')!;
		expect(meeting(guide).bodyHtml).toContain('<h4>Før møtet</h4>');
		expect(meeting(level).bodyHtml).toContain('<h3>Før møtet</h3>');
	});

	it('says where each answer leads, and leaves glossary words as plain text', () => {
		const steps = model('nb', 'skriv-ut').levels.flatMap((l) => l.steps);
		const first = steps.find((s) => s.id === 'niva-0-trinn-1')!;
		expect(first.question.answers.find((a) => a.id === 'ja')?.leadsTo).toBe('Nivå 0, trinn 2: Del undringen med nærmeste leder');
		// The step's own page explains «undringen» with a popup; paper gets the plain word.
		const stepPage = content.pages.nb.find((p) => p.frontmatter.id === 'niva-0-trinn-1')!;
		expect(pageModel(content, stepPage, render(stepPage.body, 0), translator('nb')).bodyHtml).toContain('class="term');
		const html = steps.flatMap((s) => [s.bodyHtml, s.whatHtml, s.whoHtml, ...s.howHtml]).join('');
		expect(first.bodyHtml).toContain('undringen');
		expect(html).not.toContain('class="term');
	});
});

describe('check:content and the print pages', () => {
	it('refuses a content page at the address of a print page', () => {
		const article = '---\nid: utskrift\nkind: article\ntitle: Utskrift\nsummary: Om utskrift.\n---\n';
		const problems = problemsOf(
			brokenFixture((e) => {
				e.write('nb/skriv-ut.md', article);
				e.write('nn/skriv-ut.md', article);
			})
		);
		expect(problems).toContain('nb/skriv-ut.md: adressen /nb/skriv-ut/ brukes av en utskriftsside; gi filen et annet navn');
		expect(problems).toContain('nn/skriv-ut.md: adressen /nn/skriv-ut/ brukes av en utskriftsside; gi filen et annet navn');
	});
});
