import { render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { i18nContext } from '../../src/lib/i18n/context';
import { siteContext } from '../../src/lib/embed/context';
import type { Language } from '../../src/lib/i18n/languages';
import StepView from '../../src/lib/components/views/StepView.svelte';
import SafetyView from '../../src/lib/components/views/SafetyView.svelte';
import SiteHeader from '../../src/lib/components/layout/SiteHeader.svelte';
import type { ContactModel, SafetyPageModel } from '../../src/lib/pages/model';
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
	const contact = (id: string, number: string, example: boolean, use: ContactModel['use'], hours: ContactModel['hours']): ContactModel => ({
		id,
		name: id,
		number,
		...(example ? {} : { tel: `tel:${number.replace(/ /g, '')}` }),
		example,
		hours,
		hoursText: 'Hele døgnet',
		purpose: 'Formål.',
		use,
		useText: use
	});
	const safety: SafetyPageModel = {
		...page,
		kind: 'safety',
		title: 'Mistanke om vold eller overgrep',
		question,
		walk,
		contacts: [
			contact('kontor', '12 34 56 78', true, 'office-hours', [{ days: 'weekdays', from: '08:00', to: '15:30' }]),
			contact('vakt', '22 33 44 55', false, 'after-hours', [{ days: 'weekdays', from: '15:30', to: '08:00' }, { days: 'weekend', from: '00:00', to: '24:00' }]),
			contact('naud', '112', false, 'emergency', [{ days: 'every-day', from: '00:00', to: '24:00' }])
		]
	};

	it('links the real numbers and shows an example number as text marked «eksempel», never as a link', () => {
		// The page orders the numbers by what is open now: a Tuesday evening, so the result does not depend on when the test runs.
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-12-01T20:00:00+01:00'));
		render(SafetyView, { props: { page: safety, chrome }, context: context() });
		vi.useRealTimers();
		const numbers = screen.getByRole('region', { name: 'Hvem du ringer' });
		// Which numbers are links; their order follows the time of day once mounted (orderContacts).
		expect(within(numbers).getAllByRole('link').map((a) => a.getAttribute('href')).sort()).toEqual(['tel:112', 'tel:22334455']);
		const example = numbers.querySelector('[data-contact="kontor"]');
		expect(example?.querySelector('a')).toBeNull();
		expect(text(example)).toContain('12 34 56 78 eksempel');
		expect(numbers.textContent?.match(/Eksempelnummer/g)).toHaveLength(1);
	});

	it('puts the after-hours number first in the evening, Norwegian time, and keeps every number', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-12-01T19:00:00Z')); // Tuesday 20:00 in Oslo
		try {
			const { container } = render(SafetyView, { props: { page: safety, chrome }, context: context() });
			await tick();
			const order = [...container.querySelectorAll('[data-contact]')].map((li) => li.getAttribute('data-contact'));
			expect(order).toEqual(['vakt', 'naud', 'kontor']);
			expect(text(container.querySelector('[data-contact="kontor"]'))).toContain('Stengt nå');
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('SiteHeader', () => {
	it('marks the page in the navigation and links to the same page in the other language', () => {
		const { container } = render(SiteHeader, { props: { chrome, path: 'oversikt' }, context: context() });
		expect(container.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/nb/oversikt/');
		expect(container.querySelector('a[hreflang="nn"]')?.getAttribute('href')).toBe('/nn/oversikt/');
	});
});
