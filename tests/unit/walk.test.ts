import { parseWalk, readWalk } from '../../src/lib/flow/walk-read';
import { describe, expect, it } from 'vitest';
import {
	conclusionOf,
	currentNodeId,
	effectOfAnswer,
	emptyWalk,
	factsOf,
	hasSafetyConcern,
	noteFor,
	recordAnswer,
	setDate,
	setEventDate,
	setNote,
	type AnsweredNode,
	type ChosenAnswer,
	type Walk
} from '../../src/lib/flow/walk';

const node = (id: string, contactsGuardians = false): AnsweredNode => ({
	id,
	path: id.replace('-trinn-', '/trinn-'),
	kind: 'step',
	title: { nb: `Tittel ${id}`, nn: `Tittel ${id} nn` },
	question: { nb: 'Grunn til bekymring?', nn: 'Grunn til bekymring?' },
	contactsGuardians
});
const answer = (id: string, next: string, extra: Partial<ChosenAnswer> = {}): ChosenAnswer => ({
	id,
	next,
	nextPath: next,
	label: { nb: id, nn: `${id}-nn` },
	...extra
});

function walkThrough(steps: [string, string, string][], start = 'start'): Walk {
	return steps.reduce(
		(walk, [nodeId, answerId, next], i) => recordAnswer(walk, start, node(nodeId), answer(answerId, next), `2027-03-0${(i % 9) + 1}`),
		emptyWalk()
	);
}

describe('walk', () => {
	it('starts at the start page and follows the answers', () => {
		const walk = walkThrough([
			['start', 'nei', 'tjeneste'],
			['tjeneste', 'skole', 'sakstype']
		]);
		expect(currentNodeId(emptyWalk(), 'start')).toBe('start');
		expect(currentNodeId(walk, 'start')).toBe('sakstype');
		expect(walk.entries.map((e) => [e.nodeId, e.answerId, e.answeredOn])).toEqual([
			['start', 'nei', '2027-03-01'],
			['tjeneste', 'skole', '2027-03-02']
		]);
	});

	it('records facts from answers, later ones winning', () => {
		let walk = recordAnswer(emptyWalk(), 'start', node('start'), answer('nei', 'tjeneste', { sets: { service: 'skole' } }), '2027-01-04');
		walk = recordAnswer(walk, 'start', node('tjeneste'), answer('x', 'sakstype', { sets: { caseType: 'skolemiljo' } }), '2027-01-04');
		expect(factsOf(walk)).toEqual({ service: 'skole', caseType: 'skolemiljo' });
	});

	it('records each pass through a loop', () => {
		const walk = walkThrough([
			['niva-1-trinn-2', 'ja', 'niva-1-trinn-3'],
			['niva-1-trinn-3', 'ja', 'niva-1-trinn-4'],
			['niva-1-trinn-4', 'fortsett', 'niva-1-trinn-2'],
			['niva-1-trinn-2', 'ja', 'niva-1-trinn-3']
		], 'niva-1-trinn-2');
		expect(walk.entries.filter((e) => e.nodeId === 'niva-1-trinn-2')).toHaveLength(2);
		expect(currentNodeId(walk, 'niva-1-trinn-2')).toBe('niva-1-trinn-3');
	});

	it('truncates the later answers when an earlier answer changes', () => {
		const walk = walkThrough([
			['start', 'nei', 'a'],
			['a', 'ja', 'b'],
			['b', 'ja', 'c']
		]);
		expect(effectOfAnswer(walk, 'start', 'a', 'nei')).toEqual({ kind: 'replace', index: 1, dropped: 1 });
		const changed = recordAnswer(walk, 'start', node('a'), answer('nei', 'slutt'), '2027-04-01');
		expect(changed.entries.map((e) => e.nodeId)).toEqual(['start', 'a']);
		expect(currentNodeId(changed, 'start')).toBe('slutt');
		expect(walk.entries).toHaveLength(3); // the input is untouched
	});

	it('keeps everything when an earlier answer is given again unchanged', () => {
		const walk = walkThrough([
			['start', 'nei', 'a'],
			['a', 'ja', 'b']
		]);
		expect(effectOfAnswer(walk, 'start', 'start', 'nei')).toEqual({ kind: 'unchanged', index: 0 });
		expect(recordAnswer(walk, 'start', node('start'), answer('nei', 'a'), '2027-05-05')).toBe(walk);
	});

	it('continues from a step reached outside the walk', () => {
		const walk = walkThrough([['start', 'nei', 'a']]);
		expect(effectOfAnswer(walk, 'start', 'niva-3-trinn-1', 'ja')).toEqual({ kind: 'jump' });
		const jumped = recordAnswer(walk, 'start', node('niva-3-trinn-1'), answer('ja', 'niva-3-trinn-2'), '2027-05-05');
		expect(currentNodeId(jumped, 'start')).toBe('niva-3-trinn-2');
	});

	it('marks steps that contact the guardians as not applying on the safety path', () => {
		let walk = recordAnswer(emptyWalk(), 'start', node('start'), answer('ja', 'vold', { safetyConcern: true }), '2027-01-04');
		walk = recordAnswer(walk, 'start', node('vold'), answer('videre', 'samtale'), '2027-01-04');
		walk = recordAnswer(walk, 'start', node('samtale', true), answer('ja', 'neste'), '2027-01-05');
		walk = recordAnswer(walk, 'start', node('neste'), answer('ja', 'slutt'), '2027-01-05');
		expect(hasSafetyConcern(walk)).toBe(true);
		expect(walk.entries.map((e) => e.notApplicable ?? false)).toEqual([false, false, true, false]);
	});

	it('does not mark guardian contact without a safety concern', () => {
		const walk = recordAnswer(emptyWalk(), 'samtale', node('samtale', true), answer('ja', 'neste'), '2027-01-05');
		expect(walk.entries[0]?.notApplicable).toBeUndefined();
		expect(hasSafetyConcern(walk)).toBe(false);
	});

	it('keeps a draft note until the step is answered, then edits that entry', () => {
		let walk = setNote(emptyWalk(), 'start', 'start', 'Snakket med leder.');
		expect(noteFor(walk, 'start', 'start')).toBe('Snakket med leder.');
		walk = recordAnswer(walk, 'start', node('start'), answer('ja', 'a'), '2027-01-04');
		expect(walk.entries[0]?.note).toBe('Snakket med leder.');
		expect(walk.drafts).toEqual({});
		walk = setNote(walk, 'start', 'start', 'Rettet notat.');
		expect(walk.entries[0]?.note).toBe('Rettet notat.');
		expect(noteFor(walk, 'start', 'a')).toBe('');
	});

	it('keeps dates by id and can remove them', () => {
		const walk = setDate(setDate(emptyWalk(), 'undring', '2027-03-01'), 'evalueringsmote', '2027-04-01');
		expect(walk.dates).toEqual({ undring: '2027-03-01', evalueringsmote: '2027-04-01' });
		expect(setDate(walk, 'undring', undefined).dates).toEqual({ evalueringsmote: '2027-04-01' });
		const answered = recordAnswer(walk, 'start', node('start'), answer('ja', 'a'), '2027-03-02');
		expect(answered.dates).toEqual(walk.dates);
	});

	it('round-trips through JSON and rejects anything malformed', () => {
		const walk = setDate(walkThrough([['start', 'nei', 'a']]), 'undring', '2027-02-27');
		expect(parseWalk(JSON.stringify(walk))).toEqual(walk);
		expect(parseWalk(null)).toEqual(emptyWalk());
		expect(parseWalk('{not json')).toEqual(emptyWalk());
		expect(parseWalk(JSON.stringify({ version: 2, entries: [] }))).toEqual(emptyWalk());
		expect(parseWalk(JSON.stringify({ version: 1, entries: [{ nodeId: 1 }] }))).toEqual(emptyWalk());
		expect(parseWalk(JSON.stringify({ version: 1, entries: [], dates: { undring: '<script>' } })).dates).toEqual({});
	});
});

describe('what an answer records', () => {
	const conclusion = { nb: 'Den nødvendige samtalen med foresatte er gjennomført.', nn: 'Den nødvendige samtalen med føresette er gjennomført.' };
	const held = answer('ja', 'niva-0-trinn-4', { label: { nb: 'Ja, vi har hatt samtalen', nn: 'Ja, vi har hatt samtalen' }, conclusion });
	const notYet = answer('ikke-enda', 'niva-0-trinn-3');

	it('quotes the conclusion in both languages, never the button label', () => {
		const walk = recordAnswer(emptyWalk(), 'niva-0-trinn-3', node('niva-0-trinn-3'), held, '2027-03-02');
		const [entry] = walk.entries;
		if (!entry) throw new Error('no entry');
		expect(conclusionOf(entry, 'nb')).toBe('Den nødvendige samtalen med foresatte er gjennomført.');
		expect(conclusionOf(entry, 'nn')).toBe('Den nødvendige samtalen med føresette er gjennomført.');
		expect(entry.answerLabel.nb).toBe('Ja, vi har hatt samtalen'); // kept: the step shows it as «ditt svar»
	});

	it('quotes the label where the answer has no conclusion, as in walks stored before conclusions existed', () => {
		const walk = walkThrough([['start', 'nei', 'tjeneste']]);
		const [entry] = walk.entries;
		if (!entry) throw new Error('no entry');
		expect(entry.conclusion).toBeUndefined();
		expect(conclusionOf(entry, 'nn')).toBe('nei-nn');
	});

	it('records nothing for «not yet»: the walk stays at the step, with the note and the date waiting', () => {
		let walk = recordAnswer(emptyWalk(), 'start', node('start'), answer('nei', 'niva-0-trinn-3'), '2027-03-01');
		walk = setNote(walk, 'start', 'niva-0-trinn-3', 'Foresatte kommer på torsdag.');
		walk = setEventDate(walk, 'start', 'niva-0-trinn-3', '2027-03-04');
		const waited = recordAnswer(walk, 'start', node('niva-0-trinn-3'), notYet, '2027-03-02');
		expect(waited).toBe(walk);
		expect(currentNodeId(waited, 'start')).toBe('niva-0-trinn-3');
		expect(noteFor(waited, 'start', 'niva-0-trinn-3')).toBe('Foresatte kommer på torsdag.');
	});

	it('takes back an earlier answer with «not yet», and the answers after it, keeping what was written', () => {
		let walk = recordAnswer(emptyWalk(), 'start', node('start'), answer('nei', 'niva-0-trinn-3'), '2027-03-01');
		walk = setNote(walk, 'start', 'niva-0-trinn-3', 'Samtale med mor.');
		walk = recordAnswer(walk, 'start', { ...node('niva-0-trinn-3'), recordsEvent: true }, held, '2027-03-02');
		walk = recordAnswer(walk, 'start', node('niva-0-trinn-4'), answer('avslutt', 'slutt'), '2027-03-03');
		expect(effectOfAnswer(walk, 'start', 'niva-0-trinn-3', 'ikke-enda')).toEqual({ kind: 'replace', index: 1, dropped: 1 });

		const withdrawn = recordAnswer(walk, 'start', node('niva-0-trinn-3'), notYet, '2027-03-05');
		expect(withdrawn.entries.map((e) => e.nodeId)).toEqual(['start']);
		expect(currentNodeId(withdrawn, 'start')).toBe('niva-0-trinn-3');
		expect(withdrawn.drafts).toEqual({ 'niva-0-trinn-3': 'Samtale med mor.' });
		expect(withdrawn.eventDrafts).toEqual({ 'niva-0-trinn-3': '2027-03-02' });
	});

	it('leaves the walk alone when «not yet» is said on a step off the walk', () => {
		const walk = walkThrough([['start', 'nei', 'a']]);
		expect(recordAnswer(walk, 'start', node('niva-2-trinn-3'), answer('ikke-enda', 'niva-2-trinn-3'), '2027-03-02')).toBe(walk);
	});

	it('reads a stored conclusion back, and refuses a walk whose conclusion is not text in both languages', () => {
		const walk = recordAnswer(emptyWalk(), 'niva-0-trinn-3', node('niva-0-trinn-3'), held, '2027-03-02');
		expect(readWalk(JSON.stringify(walk))).toEqual({ walk, outcome: 'ok' });
		const damaged = { ...walk, entries: walk.entries.map((e) => ({ ...e, conclusion: { nb: 'Gjennomført.' } })) };
		expect(readWalk(JSON.stringify(damaged)).outcome).toBe('refused');
	});
});
