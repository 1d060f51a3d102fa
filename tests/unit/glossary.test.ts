import { describe, expect, it } from 'vitest';
import { markGlossaryTerms } from '../../src/lib/content/glossary';
import { fillPlaceholders } from '../../src/lib/content/placeholders';

const terms = [
	{ id: 'undring', term: 'undring', forms: ['undringen', 'undringa'], definition: 'En uro for et barn.' },
	{ id: 'stafettlogg', term: 'stafettlogg', forms: ['stafettloggen'], definition: 'Digital logg <med> «tegn».' }
];
const options = () => ({ seen: new Set<string>(), idPrefix: '', closeLabel: 'Lukk', explainLabel: 'forklaring' });

describe('markGlossaryTerms', () => {
	it('marks the first occurrence of each term, any form, case-insensitive', () => {
		const html = markGlossaryTerms('<p>Undringen er din. En undring kan vokse.</p>', terms, options());
		expect(html.match(/class="term"/g)).toHaveLength(1);
		expect(html).toContain('<button type="button" class="term" popovertarget="ord-undring">Undringen');
		expect(html).toContain('<span class="term-popover" id="ord-undring" popover>');
	});

	it('does not mark inside links, headings or inside longer words', () => {
		const html = markGlossaryTerms(
			'<h2>Undring</h2><p><a href="/x">stafettloggen</a> undringssamtale</p>',
			terms,
			options()
		);
		expect(html).not.toContain('class="term"');
	});

	it('keeps the seen set across fragments so a page explains a term once', () => {
		const opts = options();
		const first = markGlossaryTerms('<p>stafettlogg</p>', terms, opts);
		const second = markGlossaryTerms('<p>stafettloggen</p>', terms, opts);
		expect(first).toContain('class="term"');
		expect(second).not.toContain('class="term"');
	});

	it('escapes the definition', () => {
		const html = markGlossaryTerms('<p>stafettlogg</p>', terms, options());
		expect(html).toContain('Digital logg &lt;med&gt; «tegn».');
	});

	it('prefers the longest form', () => {
		const html = markGlossaryTerms('<p>stafettloggen</p>', terms, options());
		expect(html).toContain('popovertarget="ord-stafettlogg">stafettloggen<');
	});
});

describe('fillPlaceholders', () => {
	it('replaces the three placeholders and leaves other brackets alone', () => {
		expect(
			fillPlaceholders('[kommune] arkiverer i [arkivsystem] og [loggverktøy]. [annet]', {
				kommune: 'Testvik',
				arkivsystem: 'WebSak',
				loggverktøy: 'Stafettloggen'
			})
		).toBe('Testvik arkiverer i WebSak og Stafettloggen. [annet]');
	});
});
