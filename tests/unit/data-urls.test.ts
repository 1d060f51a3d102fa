import { describe, expect, it } from 'vitest';
import { languageDataUrl, pageDataUrl } from '../../src/lib/content/data-urls';

describe('where a page finds its data files', () => {
	it('one file per language, under the base path', () => {
		expect(languageDataUrl('', 'nb')).toBe('/data/nb.json');
		expect(languageDataUrl('/veileder', 'nn')).toBe('/veileder/data/nn.json');
	});

	it('one file per page, whatever slashes the route parameter carries', () => {
		expect(pageDataUrl('', 'nb', '', false)).toBe('/data/nb/page.json');
		expect(pageDataUrl('', 'nb', 'niva-1/trinn-2/', false)).toBe('/data/nb/niva-1/trinn-2/page.json');
		expect(pageDataUrl('', 'nn', '/niva-1/trinn-2', false)).toBe('/data/nn/niva-1/trinn-2/page.json');
	});

	it('the embedded variant has its own files, because its links differ', () => {
		expect(pageDataUrl('/veileder', 'nb', 'oversikt/', true)).toBe('/veileder/data/embed/nb/oversikt/page.json');
	});
});
