import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nContext } from '../../src/lib/i18n/context';
import { translator } from '../../src/lib/i18n';
import NoteDocument from '../../src/lib/components/outputs/NoteDocument.svelte';
import NoteView from '../../src/lib/components/outputs/NoteView.svelte';
import ConsentView from '../../src/lib/components/outputs/ConsentView.svelte';
import { buildNote } from '../../src/lib/outputs/note';
import { setRecordField } from '../../src/lib/flow/record';
import type { NoteContext } from '../../src/lib/outputs/note-context';
import { emptyWalk, recordAnswer, type Walk } from '../../src/lib/flow/walk';
import { walkStore, WALK_STORAGE_KEY } from '../../src/lib/flow/walk-store.svelte';
import type { ConsentPageModel, NotePageModel } from '../../src/lib/pages/model';
import { chrome } from '../fixtures/models';

const context: NoteContext = {
	municipality: 'Eksempel kommune',
	confidentiality: 'Unntatt offentlighet, jf. offl. § 13 og fvl. § 13',
	titles: { closing: 'Avslutningsnotat', summary: 'Oppsummering', report: 'Notat – melding til barnevernet' },
	endings: { slutt: { outcome: 'closed-no-concern', title: 'Saken avsluttes' } },
	nodes: { steg: { title: 'Konkretiser undringen', level: 'Nivå 0', step: 1 } },
	dates: [{ id: 'undring', label: 'Undringen oppstod' }],
	rules: [],
	consent: {
		items: [
			{ id: 'a', text: 'Foresatte har samtykket.' },
			{ id: 'b', text: 'Samtykket er skriftlig.' }
		],
		neededAt: []
	},
	askedAt: { childView: ['steg'] },
	contacts: [{ id: 'barnevernstjenesten', name: 'Barnevernstjenesten' }],
	archive: { default: 'WebSak', byService: {} },
	logTool: 'Stafettloggen'
};

function walkWithNote(note: string): Walk {
	let walk = recordAnswer(
		emptyWalk(),
		'steg',
		{
			id: 'steg',
			path: 'niva-0/trinn-1',
			kind: 'step',
			title: { nb: 'Konkretiser undringen', nn: 'Konkretiser undringa' },
			question: { nb: 'Grunn til bekymring?', nn: 'Grunn til bekymring?' },
			contactsGuardians: false
		},
		{ id: 'nei', next: 'slutt', nextPath: 'slutt', label: { nb: 'Nei', nn: 'Nei' } },
		'2027-03-22'
	);
	walk = { ...walk, entries: walk.entries.map((e) => ({ ...e, note })) };
	return setRecordField(walk, 'author', 'Kari');
}

const notePage: NotePageModel = {
	id: 'notat',
	kind: 'note',
	lang: 'nb',
	path: 'notat',
	title: 'Notat til arkivet',
	summary: 'Les over og skriv ut.',
	bodyHtml: '<p>Om notatet.</p>',
	note: { context, childHint: 'Bare initialer.' }
};

afterEach(() => {
	walkStore.clear();
	sessionStorage.clear();
});

describe('NoteDocument', () => {
	it('renders what the user typed as text, never as markup', () => {
		const note = buildNote(walkWithNote('<script>alert(1)</script> <b>fet</b>'), context, 'nb', translator('nb'), '2027-03-23');
		const { container } = render(NoteDocument, { props: { note } });
		expect(container.querySelector('script, b')).toBeNull();
		expect(container.textContent).toContain('<script>alert(1)</script> <b>fet</b>');
		expect(screen.getByRole('heading', { level: 3, name: 'Avslutningsnotat' })).toBeInTheDocument();
		expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
			'Hva som er gjort',
			'Barnets stemme',
			'Frister',
			'Beslutning',
			'Samtykke',
			'Videre oppfølging',
			'Underskrift'
		]);
	});
});

describe('NoteView', () => {
	it('shows the note built from the stored walk, and edits to a field reach the document', async () => {
		sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify(walkWithNote('Samtale gjennomført.')));
		walkStore.load();
		render(NoteView, {
			props: { page: notePage, chrome },
			context: i18nContext('nb')
		});
		const documentView = screen.getByRole('article');
		expect(within(documentView).getByText('Samtale gjennomført.')).toBeInTheDocument();
		expect(within(documentView).getByText('Kari')).toBeInTheDocument();

		await fireEvent.input(screen.getByLabelText('Barnet'), { target: { value: 'K. N., 2016' } });
		expect(within(documentView).getByText('K. N., 2016')).toBeInTheDocument();
		expect(walkStore.walk.noteFields.child).toBe('K. N., 2016');
		expect(JSON.parse(sessionStorage.getItem(WALK_STORAGE_KEY) ?? '{}').noteFields.child).toBe('K. N., 2016');
	});

	it('names each step in «Notater og deltakere per trinn» by what it concluded, not by the answer button', () => {
		const walk = walkWithNote('');
		const concluded = { ...walk, entries: walk.entries.map((e) => ({ ...e, conclusion: { nb: 'Det er ikke grunn til bekymring', nn: 'Det er ikkje grunn til uro' } })) };
		sessionStorage.setItem(WALK_STORAGE_KEY, JSON.stringify(concluded));
		walkStore.load();
		walkStore.reload();
		const { container } = render(NoteView, { props: { page: notePage, chrome }, context: i18nContext('nb') });
		const legend = container.querySelector('.step-notes legend');
		expect(legend?.textContent).toBe('Konkretiser undringen (Det er ikke grunn til bekymring)');
	});

	it('says the note is empty, with a way to the start, before anything is answered', () => {
		walkStore.load();
		render(NoteView, {
			props: { page: notePage, chrome },
			context: i18nContext('nb')
		});
		expect(screen.queryByRole('article')).toBeNull();
		expect(screen.getByRole('link', { name: 'Gå til starten av veilederen' })).toHaveAttribute('href', '/nb/');
	});
});

describe('ConsentView', () => {
	const consentPage: ConsentPageModel = {
		id: 'samtykke',
		kind: 'consent',
		lang: 'nn',
		path: 'samtykke',
		title: 'Sjekkliste for samtykke',
		summary: 'Gå gjennom punkta.',
		bodyHtml: '',
		consent: {
			items: [
				{ id: 'a', text: 'Føresette har samtykt.', hint: 'Begge, om dei har felles foreldreansvar.' },
				{ id: 'b', text: 'Samtykket er frivillig.' }
			],
			confidentiality: 'Unnateke offentlegheit'
		}
	};

	it('remembers ticks in the walk and counts them', async () => {
		walkStore.load();
		render(ConsentView, {
			props: { page: consentPage, chrome: { ...chrome, lang: 'nn' } },
			context: i18nContext('nn')
		});
		const first = screen.getByRole('checkbox', { name: /Føresette har samtykt/ });
		expect(first).toHaveAccessibleDescription('Begge, om dei har felles foreldreansvar.');
		await fireEvent.click(first);
		expect(walkStore.walk.consent).toEqual(['a']);
		expect(screen.getByRole('status')).toHaveTextContent('1 av 2 punkt er kryssa av.');
		await fireEvent.click(first);
		expect(walkStore.walk.consent).toEqual([]);
	});
});
