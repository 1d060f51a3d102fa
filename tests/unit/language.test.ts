/**
 * Spelling and written standard. Bokmål text is checked against dictionary-nb and must not
 * contain nynorsk-only forms; nynorsk text against dictionary-nn and must not contain
 * bokmål-only forms. Domain words live in reviewed lists under tests/language/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import type { GuideContent } from '../../src/lib/content/guide-content';
import type { Language } from '../../src/lib/i18n/languages';
import { readWordList, textsOf, wordsOf } from '../language/extract';

const CONTENT_DIR = join(import.meta.dirname, '../../content');

/** Forms that exist in only one of the two written standards (checked case-insensitively). */
const BOKMAL_ONLY = ['ikke', 'hva', 'hvem', 'hvordan', 'hvorfor', 'hvis', 'hvilke', 'hvilken', 'foresatte', 'tjeneste', 'tjenesten', 'tjenester', 'tjenestene', 'noen', 'mye', 'hjem', 'hjemmet', 'skole', 'skolen', 'bare', 'jeg', 'mer', 'gjøre', 'være', 'kommer', 'sammen', 'sier', 'undringen', 'bekymringen', 'saken', 'tiltakene', 'møtene', 'enige'];
const NYNORSK_ONLY = ['ikkje', 'kva', 'kven', 'korleis', 'kvifor', 'føresette', 'teneste', 'tenesta', 'tenester', 'tenestene', 'nokon', 'mykje', 'heim', 'heimen', 'skule', 'skulen', 'berre', 'eg', 'meir', 'gjere', 'vere', 'kjem', 'saman', 'seier', 'samde', 'eit', 'dei', 'deira', 'fyrst'];

function dictionary(lang: Language) {
	const dir = join(import.meta.dirname, '../../node_modules', `dictionary-${lang}`);
	return nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
}

let content: GuideContent;
beforeAll(() => {
	const result = loadContent(CONTENT_DIR);
	if (!result.content) throw new Error(result.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
	content = result.content;
});

for (const lang of ['nb', 'nn'] as const) {
	describe(`language check: ${lang}`, { timeout: 60_000 }, () => {
		it('uses only forms of its own written standard', () => {
			const forbidden = new Set(lang === 'nb' ? NYNORSK_ONLY : BOKMAL_ONLY);
			const hits: string[] = [];
			for (const { source, text } of textsOf(content, CONTENT_DIR, lang)) {
				for (const word of wordsOf(text)) {
					if (forbidden.has(word.toLocaleLowerCase(lang))) hits.push(`${source}: «${word}»`);
				}
			}
			expect(hits).toEqual([]);
		});

		it('has no unknown words beyond the reviewed domain list', () => {
			const spell = dictionary(lang);
			const allowed = new Set([...readWordList('domain-common.txt'), ...readWordList(`domain-${lang}.txt`)]);
			const unknown = new Map<string, string>();
			let checked = 0;
			for (const { source, text } of textsOf(content, CONTENT_DIR, lang)) {
				for (const word of wordsOf(text)) {
					checked++;
					if (allowed.has(word) || allowed.has(word.toLocaleLowerCase(lang))) continue;
					const parts = word.split('-');
					const ok = parts.every(
						(part) => spell.correct(part) || spell.correct(part.toLocaleLowerCase(lang)) || allowed.has(part.toLocaleLowerCase(lang)) || allowed.has(part)
					);
					if (!ok && !unknown.has(word)) unknown.set(word, source);
				}
			}
			console.log(`[språkkontroll ${lang}] ${checked} ord kontrollert, ${unknown.size} ukjente${unknown.size ? ': ' + [...unknown].map(([w, s]) => `${w} (${s})`).join(', ') : ''}`);
			expect([...unknown.keys()]).toEqual([]);
		});
	});
}
