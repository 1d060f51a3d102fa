import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { i18nContext } from '../../src/lib/i18n/context';
import QuestionBlock from '../../src/lib/components/QuestionBlock.svelte';
import StepPage from '../../src/lib/components/StepPage.svelte';
import { chrome, page, question, step } from '../fixtures/models';

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
	// The parts that do not depend on the walk are built as HTML (tests/unit/static-parts.test.ts).
	const parts = {
		top: '<p id="del-top">Brødsmule</p>',
		intro: '<h1 id="del-intro">Overskrift</h1>',
		body: '<p id="del-body">Hva, hvem, hvordan</p>',
		more: '<p id="del-more">Husk</p>',
		pager: '<nav id="del-pager">Bla</nav>'
	};

	it('inserts the built parts in order around the parts that depend on the walk', () => {
		const { container } = render(StepPage, { props: { page: { ...page, step }, parts, chrome }, context: i18nContext('nb') });
		const order = [...container.querySelectorAll('[id^="del-"], section')].map((el) => el.id || el.getAttribute('aria-labelledby'));
		expect(order).toEqual(['del-top', 'del-intro', 'del-body', 'frister', 'del-more', 'sporsmal-tittel', 'del-pager']);
	});

	it('computes the step’s deadlines and names their source', () => {
		render(StepPage, { props: { page: { ...page, step }, parts, chrome }, context: i18nContext('nb') });
		expect(screen.getByRole('region', { name: 'Frister' })).toHaveTextContent('3 uker etter at undringen oppstod');
		expect(screen.getByRole('region', { name: 'Frister' })).toHaveTextContent('Kilde: Rutinen');
		expect(screen.getByRole('region', { name: 'Grunn til bekymring?' })).toBeInTheDocument();
	});
});
