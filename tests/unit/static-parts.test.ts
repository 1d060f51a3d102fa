import { JSDOM } from 'jsdom';
import { within } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n';
import { pageParts, renderStatic } from '../../src/lib/server/static-parts';
import StepParts from '../../src/lib/components/static/StepParts.svelte';
import { chrome, page, step } from '../fixtures/models';

/** The parts as the browser gets them: HTML in a document. */
function documentOf(...parts: (string | undefined)[]) {
	return new JSDOM(`<!doctype html><body>${parts.join('')}</body>`).window.document.body;
}

describe('the static parts of a step page (built once, inserted as HTML)', () => {
	const target = { lang: 'nb' as const, embedded: false };
	const stepPage = { ...page, step };
	const parts = pageParts(stepPage, chrome, target).main;

	it('has a part for each place the step page inserts one, with Svelte’s hydration markers removed', () => {
		expect(Object.keys(parts).sort()).toEqual(['body', 'intro', 'more', 'pager', 'top']);
		for (const html of Object.values(parts)) expect(html).not.toContain('<!--');
	});

	it('shows level progress, what/who/how, reminders and resources', () => {
		const body = documentOf(parts.top, parts.intro, parts.body, parts.more);
		expect(within(body).getByRole('heading', { level: 1 }).textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'Nivå 0 · trinn 3 av 4 Den nødvendige samtalen'
		);
		expect(within(body).getByRole('link', { name: 'Nivå 0: Undring' }).getAttribute('href')).toBe('/nb/niva-0/');
		for (const term of ['Hva', 'Hvem', 'Hvordan']) expect(within(body).getByText(term)).toBeTruthy();
		expect(within(body).getByRole('region', { name: 'Husk' }).textContent).toContain('Barnet skal høres.');
		const resources = within(body).getByRole('region', { name: 'Ressurser' });
		expect(within(resources).getByRole('link', { name: 'Skjema' }).getAttribute('href')).toBe('https://example.org/');
		expect(resources.textContent?.replace(/\s+/g, ' ')).toContain('Mal for samtale (kommunen har ikke lagt inn lenken ennå)');
	});

	it('warns on steps that contact the guardians, in the page language', () => {
		const nn = renderStatic(StepParts, { part: 'body', page: { ...page, lang: 'nn' }, step }, { lang: 'nn', embedded: false });
		expect(documentOf(nn).textContent).toMatch(/skal du ikkje kontakte føresette/);
		expect(within(documentOf(nn)).getByText('Kva')).toBeTruthy();
	});

	it('leaves the warning out where the step does not contact the guardians', () => {
		const html = renderStatic(StepParts, { part: 'body', page, step: { ...step, contactsGuardians: false } }, target);
		expect(documentOf(html).textContent).not.toMatch(/skal du ikke kontakte foresatte/);
	});

	it('starts every link of the embedded guide under /embed/, so a walk that starts embedded stays embedded', () => {
		const embedded = pageParts(stepPage, chrome, { lang: 'nb', embedded: true });
		const hrefs = [...documentOf(embedded.header, embedded.main.top, embedded.main.pager).querySelectorAll('a')]
			.map((a) => a.getAttribute('href') ?? '')
			.filter((href) => href.startsWith('/') && !href.startsWith('/#'));
		expect(hrefs.length).toBeGreaterThan(3);
		for (const href of hrefs) expect(href).toMatch(/^\/embed\//);
		expect(embedded.footer).toBe('');
	});
});

describe('the static parts of the other pages', () => {
	const target = { lang: 'nb' as const, embedded: false };

	it('lists every number on the safety page as a tel: link and marks example numbers', () => {
		const safety = {
			...page,
			kind: 'safety' as const,
			step: undefined,
			title: 'Mistanke om vold eller overgrep',
			phones: [
				{ label: 'Nødnummer', number: '112', tel: 'tel:112', example: false },
				{ label: 'Barneverntjenesten', number: '12 34 56 78', tel: 'tel:12345678', example: true }
			]
		};
		const parts = pageParts(safety, chrome, target).main;
		expect(Object.keys(parts)).toEqual(['intro', 'phones', 'body']);
		const links = [...documentOf(parts.phones).querySelectorAll('a')].map((a) => a.getAttribute('href'));
		expect(links).toEqual(['tel:112', 'tel:12345678']);
		expect(documentOf(parts.phones).textContent?.match(/Eksempelnummer/g)).toHaveLength(1);
	});

	it('marks the page in the header’s navigation and links to the same page in the other language', () => {
		const overview = { ...page, kind: 'overview' as const, step: undefined, path: 'oversikt' };
		const header = documentOf(pageParts(overview, chrome, target).header);
		expect(header.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/nb/oversikt/');
		expect(header.querySelector('a[hreflang="nn"]')?.getAttribute('href')).toBe('/nn/oversikt/');
	});
});
