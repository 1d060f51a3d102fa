import { describe, expect, it } from 'vitest';
import { outputResources, resources, translator } from '../../src/lib/i18n';
import { createTranslator } from '../../src/lib/i18n/translate';

/** The strings every page carries, and those only the note and the checklist load. */
const BUNDLES = { core: resources, outputs: outputResources } as const;

function keysOf(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('UI strings', () => {
	it.each(Object.entries(BUNDLES))('%s: has exactly the same keys in bokmål and nynorsk', (_, bundle) => {
		const nb = keysOf(bundle.nb).sort();
		const nn = keysOf(bundle.nn).sort();
		expect(nb.filter((k) => !nn.includes(k))).toEqual([]);
		expect(nn.filter((k) => !nb.includes(k))).toEqual([]);
	});

	it.each(Object.entries(BUNDLES))('%s: has no empty strings', (_, bundle) => {
		for (const lang of ['nb', 'nn'] as const) {
			const empty = keysOf(bundle[lang]).filter((key) =>
				String(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], bundle[lang])).trim() === ''
			);
			expect(empty, lang).toEqual([]);
		}
	});

	it('keeps the outputs\' strings apart from the ones every page carries', () => {
		const shared = Object.keys(outputResources.nb).filter((k) => Object.hasOwn(resources.nb, k));
		expect(shared).toEqual([]);
		expect(translator('nn')('note.heading.decision')).toBe('Avgjerd');
	});

	it('interpolates and pluralises in both languages', () => {
		expect(translator('nb')('deadline.weeks', { count: 1, from: 'x' })).toBe('1 uke etter x');
		expect(translator('nb')('deadline.weeks', { count: 3, from: 'x' })).toBe('3 uker etter x');
		expect(translator('nn')('deadline.weeks', { count: 3, from: 'x' })).toBe('3 veker etter x');
	});

	it('fails loudly on a key that does not exist', () => {
		expect(() => translator('nn')('finnes.ikke')).toThrow(/Missing UI string/);
	});
});

describe('the translator', () => {
	const t = createTranslator('nb', () => ({ a: { b: 'Hei {{name}}', n_one: '{{count}} svar', n_other: '{{count}} svar totalt' } }));

	it('reads nested keys, fills {{values}} and picks the plural form by count', () => {
		expect(t('a.b', { name: 'Kari' })).toBe('Hei Kari');
		expect(t('a.n', { count: 1 })).toBe('1 svar');
		expect(t('a.n', { count: 0 })).toBe('0 svar totalt');
		expect(t('a.n', { count: 4 })).toBe('4 svar totalt');
	});

	it('leaves an unknown {{value}} visible and refuses a missing key', () => {
		expect(t('a.b')).toBe('Hei {{name}}');
		expect(() => t('a.c')).toThrow('Missing UI string «a.c» for nb');
		expect(() => t('a')).toThrow();
	});
});
