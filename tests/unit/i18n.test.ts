import { describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n';
import nb from '../../src/lib/i18n/locales/nb.json';
import nn from '../../src/lib/i18n/locales/nn.json';

function keysOf(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('UI strings (i18next resources)', () => {
	it('has exactly the same keys in bokmål and nynorsk', () => {
		const [nbKeys, nnKeys] = [keysOf(nb).sort(), keysOf(nn).sort()];
		expect(nbKeys.filter((k) => !nnKeys.includes(k))).toEqual([]);
		expect(nnKeys.filter((k) => !nbKeys.includes(k))).toEqual([]);
	});

	it('has no empty strings', () => {
		for (const [lang, strings] of Object.entries({ nb, nn })) {
			const empty = keysOf(strings).filter(
				(key) => String(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings)).trim() === ''
			);
			expect(empty, lang).toEqual([]);
		}
	});

	it('interpolates and pluralises in both languages', () => {
		expect(translator('nb')('deadline.weeks', { count: 1, from: 'x' })).toBe('1 uke etter x');
		expect(translator('nb')('deadline.weeks', { count: 3, from: 'x' })).toBe('3 uker etter x');
		expect(translator('nn')('deadline.weeks', { count: 3, from: 'x' })).toBe('3 veker etter x');
		expect(translator('nn')('note.heading.decision')).toBe('Avgjerd');
	});

	it('leaves what is interpolated as it is: Svelte escapes on render, and the note is plain text', () => {
		expect(translator('nb')('site.titleSuffix', { municipality: '<b>Å & Ø</b>' })).toBe('Handlingsveilederen – <b>Å & Ø</b>');
	});

	it('refuses an unknown key at type-check time', () => {
		// @ts-expect-error: not a key of the resources (svelte-check fails if this ever type-checks)
		expect(translator('nn')('finnes.ikke')).toBe('finnes.ikke');
	});
});
