/**
 * Terms the law spells one way. Since barnevernsloven (2023) the service is «barnevernstjenesten»
 * in bokmål and «barnevernstenesta» in nynorsk; «barneverntjenesten» is the outdated spelling.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuideContent } from '../../src/lib/content/guide-content';
import { loadContent } from '../../src/lib/content/read-dir';
import type { Language } from '../../src/lib/i18n/languages';
import { textsOf } from '../language/extract';

const ROOT = join(import.meta.dirname, '../..');
const OUTDATED: Record<Language, RegExp> = {
	nb: /\bbarnevern(tjenest\w*|tenest\w*)/giu,
	nn: /\bbarnevern(tenest\w*|tjenest\w*)/giu
};

/** Every use of an outdated term, as «file: word». */
export function outdatedTerms(sources: { source: string; text: string }[], lang: Language): string[] {
	return sources.flatMap(({ source, text }) => [...text.matchAll(OUTDATED[lang])].map((m) => `${source}: ${m[0]}`));
}

describe('the child welfare service is spelt as the law spells it', () => {
	it('finds the outdated spelling when it is there', () => {
		expect(outdatedTerms([{ source: 'x.md', text: 'Ring Barneverntjenesten i dag.' }], 'nb')).toEqual(['x.md: Barneverntjenesten']);
		expect(outdatedTerms([{ source: 'x.md', text: 'Ring barnevernstjenesten.' }], 'nb')).toEqual([]);
		expect(outdatedTerms([{ source: 'y.md', text: 'Ring barneverntenesta.' }], 'nn')).toEqual(['y.md: barneverntenesta']);
	});

	for (const dir of ['content', 'examples/fjellvik']) {
		for (const lang of ['nb', 'nn'] as const) {
			it(`${dir}, ${lang}: no «barnevern(t)tjenesten» without the s, in content or UI strings`, () => {
				const content = loadContent(join(ROOT, dir)).content as GuideContent;
				expect(outdatedTerms(textsOf(content, join(ROOT, dir), lang), lang)).toEqual([]);
			});
		}
	}
});
