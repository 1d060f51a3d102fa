import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lix, markdownToSentencesText } from '../../src/lib/content/lix';

describe('lix', () => {
	it('is words per sentence plus the per cent of words longer than six letters', () => {
		// 9 words, 2 sentences, 2 long words (barnehagen, foresatte): 9/2 + 100·2/9 ≈ 26.7.
		expect(lix('Ring nå. Barnehagen skal ikke ringe foresatte i dag.')).toEqual({ words: 9, sentences: 2, longWords: 2, lix: 9 / 2 + (100 * 2) / 9 });
		expect(lix('Barnevernstjenesten vurderer bekymringsmeldingen.').lix).toBe(3 + 100);
	});

	it('does not end a sentence inside a section number or a web address', () => {
		expect(lix('Se opplæringslova § 24-3 og snakkemedbarn.no i dag.').sentences).toBe(1);
	});

	it('ends a sentence at each heading and list item of markdown', () => {
		const text = markdownToSentencesText('## Når du ringer\n\n- Si hvem du er\n- Fortell hva du så.\n\nLes [mer](https://x.no/).');
		expect(text).toBe('Når du ringer. Si hvem du er. Fortell hva du så. Les mer.');
		expect(lix(text).sentences).toBe(4);
	});
});

describe('the safety page is easy to read', () => {
	for (const lang of ['nb', 'nn'] as const) {
		it(`has a LIX of 40 or less in ${lang} (title, summary and body)`, () => {
			const raw = readFileSync(join(import.meta.dirname, `../../content/${lang}/vold-og-overgrep.md`), 'utf8');
			const [, frontmatter = '', body = ''] = raw.split(/^---$/m);
			const fm = parseYaml(frontmatter) as { title: string; summary: string };
			const result = lix(markdownToSentencesText(`${fm.title}\n${fm.summary}\n${body}`));
			expect(result.words).toBeGreaterThan(250);
			expect(result.lix, JSON.stringify(result)).toBeLessThanOrEqual(40);
		});
	}
});
