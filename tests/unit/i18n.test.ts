import { describe, expect, it } from 'vitest';
import { resources, translator } from '../../src/lib/i18n';

function keysOf(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('UI strings', () => {
	it('has exactly the same keys in bokmål and nynorsk', () => {
		const nb = keysOf(resources.nb).sort();
		const nn = keysOf(resources.nn).sort();
		expect(nb.filter((k) => !nn.includes(k))).toEqual([]);
		expect(nn.filter((k) => !nb.includes(k))).toEqual([]);
	});

	it('has no empty strings', () => {
		for (const lang of ['nb', 'nn'] as const) {
			const empty = keysOf(resources[lang]).filter((key) =>
				String(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources[lang])).trim() === ''
			);
			expect(empty, lang).toEqual([]);
		}
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
