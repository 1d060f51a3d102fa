import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { i18nContext } from '../../src/lib/i18n/context';
import QuestionBlock from '../../src/lib/components/walk/QuestionBlock.svelte';
import { question } from '../fixtures/models';

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
