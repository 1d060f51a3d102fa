import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nContext } from '../../src/lib/i18n/context';
import WalkTrail from '../../src/lib/components/walk/WalkTrail.svelte';
import QuestionBlock from '../../src/lib/components/walk/QuestionBlock.svelte';
import { currentNodeId, emptyWalk, recordAnswer, type ChosenAnswer } from '../../src/lib/flow/walk';
import { walkStore } from '../../src/lib/flow/walk-store.svelte';
import type { QuestionModel, WalkNodeModel } from '../../src/lib/pages/model';

/** The conversation step as the default content asks it: a statement, and «not yet» leading back to the step. */
const question: QuestionModel = {
	text: 'Er samtalen med foresatte gjennomført?',
	answers: [
		{ id: 'ja', label: 'Ja, vi har hatt samtalen', href: '/nb/niva-0/trinn-4/', targetId: 'niva-0-trinn-4' },
		{ id: 'ikke-enda', label: 'Ikke ennå', href: '/nb/niva-0/trinn-3/', targetId: 'niva-0-trinn-3' }
	]
};
const held: ChosenAnswer = {
	id: 'ja',
	next: 'niva-0-trinn-4',
	nextPath: 'niva-0/trinn-4',
	label: { nb: 'Ja, vi har hatt samtalen', nn: 'Ja, vi har hatt samtalen' },
	conclusion: { nb: 'Den nødvendige samtalen med foresatte er gjennomført.', nn: 'Den nødvendige samtalen med føresette er gjennomført.' }
};
const walk: WalkNodeModel = {
	node: {
		id: 'niva-0-trinn-3',
		path: 'niva-0/trinn-3',
		kind: 'step',
		title: { nb: 'Den nødvendige samtalen', nn: 'Den nødvendige samtalen' },
		question: { nb: question.text, nn: 'Er samtalen med føresette gjennomført?' },
		contactsGuardians: true
	},
	answers: [held, { id: 'ikke-enda', next: 'niva-0-trinn-3', nextPath: 'niva-0/trinn-3', label: { nb: 'Ikke ennå', nn: 'Ikkje enno' } }]
};

afterEach(() => {
	walkStore.clear();
	sessionStorage.clear();
});

describe('the trail', () => {
	it('quotes what each answer concluded, in the page language, not the button label', async () => {
		walkStore.load();
		walkStore.set(recordAnswer(emptyWalk(), 'niva-0-trinn-3', walk.node, held, '2027-03-02'));
		const { container } = render(WalkTrail, { props: { startHref: '/nn/' }, context: i18nContext('nn') });
		expect(screen.queryByRole('list')).toBeNull(); // folded, the trail is only its summary
		// jsdom does not open <details> on a click on its summary: open it as the browser does.
		const details = container.querySelector('details') as HTMLDetailsElement;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const item = within(screen.getByRole('list')).getByRole('listitem');
		expect(item).toHaveTextContent('Den nødvendige samtalen: Den nødvendige samtalen med føresette er gjennomført.');
		expect(item).not.toHaveTextContent('Ja, vi har hatt samtalen');
	});
});

describe('«not yet»', () => {
	it('leads back to the step, records nothing and says the step waits', async () => {
		walkStore.load();
		walkStore.set(emptyWalk());
		render(QuestionBlock, { props: { question, walk, startId: 'niva-0-trinn-3' }, context: i18nContext('nb') });
		const notYet = screen.getByRole('link', { name: 'Ikke ennå' });
		expect(notYet.getAttribute('href')).toBe('/nb/niva-0/trinn-3/'); // without JavaScript: the same page again
		expect(screen.getByRole('status')).toBeEmptyDOMElement();

		const followed = await fireEvent.click(notYet);
		expect(followed).toBe(false); // the page stays
		expect(walkStore.walk.entries).toEqual([]);
		expect(currentNodeId(walkStore.walk, 'niva-0-trinn-3')).toBe('niva-0-trinn-3');
		expect(screen.getByRole('status')).toHaveTextContent('Trinnet venter til det er gjort');
	});

	it('records the statement when the step is done', async () => {
		walkStore.load();
		walkStore.set(emptyWalk());
		render(QuestionBlock, { props: { question, walk, startId: 'niva-0-trinn-3' }, context: i18nContext('nb') });
		await fireEvent.click(screen.getByRole('link', { name: 'Ja, vi har hatt samtalen' }));
		// Without SvelteKit's router (as here) the link loads the next page: the answer is kept as the page goes.
		// With the router it is recorded as the next page is shown (tests/e2e/walk.spec.ts).
		expect(walkStore.walk.entries).toEqual([]);
		window.dispatchEvent(new Event('pagehide'));
		expect(walkStore.walk.entries.map((e) => e.conclusion?.nb)).toEqual(['Den nødvendige samtalen med foresatte er gjennomført.']);
		expect(screen.getByRole('status')).toBeEmptyDOMElement();
	});
});
