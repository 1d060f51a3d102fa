import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { i18nContext } from '../../src/lib/i18n/context';
import { siteContext } from '../../src/lib/embed/context';
import type { Language } from '../../src/lib/i18n/languages';
import StepView from '../../src/lib/components/views/StepView.svelte';
import SafetyView from '../../src/lib/components/views/SafetyView.svelte';
import SiteHeader from '../../src/lib/components/layout/SiteHeader.svelte';
import type { SafetyPageModel } from '../../src/lib/pages/model';
import { chrome, page, question, step, walk } from '../fixtures/models';

const context = (lang: Language = 'nb', embedded = false) => new Map<unknown, unknown>([...i18nContext(lang), ...siteContext(embedded)]);
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('StepView', () => {
	it('shows level progress, what/who/how, reminders and resources', () => {
		const { container } = render(StepView, { props: { page, chrome }, context: context() });
		expect(text(screen.getByRole('heading', { level: 1 }))).toBe('Nivå 0 · trinn 3 av 4 Den nødvendige samtalen');
		expect(screen.getByRole('link', { name: 'Nivå 0: Undring' }).getAttribute('href')).toBe('/nb/niva-0/');
		for (const term of ['Hva', 'Hvem', 'Hvordan']) expect(screen.getByText(term)).toBeTruthy();
		expect(screen.getByRole('region', { name: 'Husk' }).textContent).toContain('Barnet skal høres.');
		const resources = screen.getByRole('region', { name: 'Ressurser' });
		expect(within(resources).getByRole('link', { name: 'Skjema' }).getAttribute('href')).toBe('https://example.org/');
		expect(text(resources)).toContain('Mal for samtale (kommunen har ikke lagt inn lenken ennå)');
		// The order a reader meets them in: deadlines after what/who/how, the question before the pager.
		const order = [...container.querySelectorAll('h1, section, nav')].map((el) => el.getAttribute('aria-labelledby') ?? el.tagName.toLowerCase());
		expect(order).toEqual(['h1', 'frister', 'husk', 'ressurser', 'sporsmal-tittel', 'nav']);
	});

	it('computes the step’s deadlines and names their source', () => {
		render(StepView, { props: { page, chrome }, context: context() });
		expect(screen.getByRole('region', { name: 'Frister' })).toHaveTextContent('3 uker etter at undringen oppstod');
		expect(screen.getByRole('region', { name: 'Frister' })).toHaveTextContent('Kilde: Rutinen');
		expect(screen.getByRole('region', { name: 'Grunn til bekymring?' })).toBeInTheDocument();
	});

	it('warns on steps that contact the guardians, in the page language', () => {
		const { container } = render(StepView, { props: { page: { ...page, lang: 'nn' }, chrome: { ...chrome, lang: 'nn' } }, context: context('nn') });
		expect(container.textContent).toMatch(/skal du ikkje kontakte føresette/);
		expect(screen.getByText('Kva')).toBeTruthy();
	});

	it('leaves the warning out where the step does not contact the guardians', () => {
		const { container } = render(StepView, { props: { page: { ...page, step: { ...step, contactsGuardians: false } }, chrome }, context: context() });
		expect(container.textContent).not.toMatch(/skal du ikke kontakte foresatte/);
	});

	it('starts every link of the embedded guide under /embed/, so a walk that starts embedded stays embedded', () => {
		const { container } = render(StepView, { props: { page, chrome }, context: context('nb', true) });
		const header = render(SiteHeader, { props: { chrome, path: page.path }, context: context('nb', true) }).container;
		const hrefs = [...container.querySelectorAll('a'), ...header.querySelectorAll('a')]
			.map((a) => a.getAttribute('href') ?? '')
			.filter((href) => href.startsWith('/') && !href.startsWith('/#'));
		expect(hrefs.length).toBeGreaterThan(5);
		for (const href of hrefs) expect(href).toMatch(/^\/embed\//);
	});
});

describe('SafetyView', () => {
	it('lists every number as a tel: link and marks example numbers', () => {
		const safety: SafetyPageModel = {
			...page,
			kind: 'safety',
			title: 'Mistanke om vold eller overgrep',
			question,
			walk,
			phones: [
				{ label: 'Nødnummer', number: '112', tel: 'tel:112', example: false },
				{ label: 'Barneverntjenesten', number: '12 34 56 78', tel: 'tel:12345678', example: true }
			]
		};
		render(SafetyView, { props: { page: safety, chrome }, context: context() });
		const numbers = screen.getByRole('region', { name: 'Hvem du ringer' });
		expect(within(numbers).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['tel:112', 'tel:12345678']);
		expect(numbers.textContent?.match(/Eksempelnummer/g)).toHaveLength(1);
	});
});

describe('SiteHeader', () => {
	it('marks the page in the navigation and links to the same page in the other language', () => {
		const { container } = render(SiteHeader, { props: { chrome, path: 'oversikt' }, context: context() });
		expect(container.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/nb/oversikt/');
		expect(container.querySelector('a[hreflang="nn"]')?.getAttribute('href')).toBe('/nn/oversikt/');
	});
});
