import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { i18nContext } from '../../src/lib/i18n/context';
import QuestionBlock from '../../src/lib/components/QuestionBlock.svelte';
import StepPage from '../../src/lib/components/StepPage.svelte';
import SafetyPage from '../../src/lib/components/SafetyPage.svelte';
import type { PageModel, StepModel } from '../../src/lib/content/view';

const question = {
	text: 'Grunn til bekymring?',
	hint: 'Svar ja hvis uroen er der fortsatt.',
	answers: [
		{ id: 'ja', label: 'Ja', href: '/nb/niva-0/trinn-2/', targetId: 'niva-0-trinn-2' },
		{ id: 'nei', label: 'Nei – saken kan avsluttes', href: '/nb/slutt/ingen-bekymring/', targetId: 'slutt-ingen-bekymring' }
	]
};

const page: PageModel = {
	id: 'niva-0-trinn-3',
	kind: 'step',
	lang: 'nb',
	path: 'niva-0/trinn-3',
	title: 'Den nødvendige samtalen',
	summary: 'Snakk med foresatte og barnet.',
	bodyHtml: '<p>Mer tekst.</p>',
	question
};

const step: StepModel = {
	level: { id: 'niva-0', label: 'Nivå 0', title: 'Undring', href: '/nb/niva-0/' },
	number: 3,
	count: 4,
	whatHtml: 'Ha samtalen.',
	whoHtml: 'Den leder har valgt.',
	howHtml: ['Inviter', 'Lytt'],
	reminders: [{ id: 'barnets-stemme', title: 'Barnets stemme', text: 'Barnet skal høres.' }],
	resources: [{ title: 'Mal for samtale' }, { title: 'Skjema', url: 'https://example.org/' }],
	deadlines: [
		{
			id: 'tre-uker',
			label: 'Samtale',
			rule: '3 uker etter at undringen oppstod',
			source: 'Rutinen',
			fromLabel: 'Når oppstod undringen?',
			input: { id: 'tre-uker', from: 'undring', offset: { weeks: 3 }, caseTypes: [] }
		}
	],
	dates: [],
	contactsGuardians: true,
	consentNeeded: false,
};

describe('QuestionBlock', () => {
	it('renders the question as a heading and every answer as a real link', () => {
		render(QuestionBlock, { props: { question }, context: i18nContext('nb') });
		const section = screen.getByRole('region', { name: 'Grunn til bekymring?' });
		const links = within(section).getAllByRole('link');
		expect(links.map((l) => l.getAttribute('href'))).toEqual(['/nb/niva-0/trinn-2/', '/nb/slutt/ingen-bekymring/']);
		expect(links[1]).toHaveAccessibleName('Nei – saken kan avsluttes');
		expect(screen.getByText('Svar ja hvis uroen er der fortsatt.')).toBeInTheDocument();
	});
});

describe('StepPage', () => {
	it('shows level progress, what/who/how, deadlines, reminders and resources', () => {
		render(StepPage, { props: { page, step }, context: i18nContext('nb') });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nivå 0 · trinn 3 av 4 Den nødvendige samtalen');
		expect(screen.getByText('Hva')).toBeInTheDocument();
		expect(screen.getByText('Hvem')).toBeInTheDocument();
		expect(screen.getByText('Hvordan')).toBeInTheDocument();
		expect(screen.getByRole('region', { name: 'Frister' })).toHaveTextContent('3 uker etter at undringen oppstod');
		expect(screen.getByRole('region', { name: 'Frister' })).toHaveTextContent('Kilde: Rutinen');
		expect(screen.getByRole('region', { name: 'Husk' })).toHaveTextContent('Barnet skal høres.');
		const resources = screen.getByRole('region', { name: 'Ressurser' });
		expect(within(resources).getByRole('link', { name: 'Skjema' })).toHaveAttribute('href', 'https://example.org/');
		expect(resources).toHaveTextContent('Mal for samtale (kommunen har ikke lagt inn lenken ennå)');
	});

	it('warns on steps that contact the guardians, in the page language', () => {
		render(StepPage, { props: { page: { ...page, lang: 'nn' }, step }, context: i18nContext('nn') });
		expect(screen.getByText(/skal du ikkje kontakte føresette/)).toBeInTheDocument();
		expect(screen.getByText('Kva')).toBeInTheDocument();
	});

	it('leaves the warning out where the step does not contact the guardians', () => {
		render(StepPage, { props: { page, step: { ...step, contactsGuardians: false } }, context: i18nContext('nb') });
		expect(screen.queryByText(/skal du ikke kontakte foresatte/)).toBeNull();
	});
});

describe('SafetyPage', () => {
	it('lists every number as a tel: link and marks example numbers', () => {
		render(SafetyPage, {
			props: {
				page: { ...page, kind: 'safety', title: 'Mistanke om vold eller overgrep', question: undefined },
				phones: [
					{ label: 'Nødnummer', number: '112', tel: 'tel:112', example: false },
					{ label: 'Barneverntjenesten', number: '12 34 56 78', tel: 'tel:12345678', example: true }
				]
			},
			context: i18nContext('nb')
		});
		const links = screen.getAllByRole('link');
		expect(links.map((l) => l.getAttribute('href'))).toEqual(['tel:112', 'tel:12345678']);
		expect(screen.getAllByText(/Eksempelnummer/)).toHaveLength(1);
	});
});
