import { describe, expect, it } from 'vitest';
import { registerStrings, translator } from '../../src/lib/i18n/registry';

describe('the UI string registry', () => {
	it('merges strings registered in parts, without changing the objects it was given', () => {
		const first = { registryTest: { a: 'A', nested: { b: 'B' } } };
		const second = { registryTest: { nested: { c: 'C {{n}}' } } };
		registerStrings('nn', first);
		registerStrings('nn', second);
		const t = translator('nn');
		expect([t('registryTest.a'), t('registryTest.nested.b'), t('registryTest.nested.c', { n: 1 })]).toEqual(['A', 'B', 'C 1']);
		// The build registers the imported resource modules: they must stay as they were.
		expect(first).toEqual({ registryTest: { a: 'A', nested: { b: 'B' } } });
		expect(second).toEqual({ registryTest: { nested: { c: 'C {{n}}' } } });
	});
});
