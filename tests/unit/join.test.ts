/**
 * Joining in the middle (issue 15, part 5): a walk that starts on a step, what it lacks, and the
 * service and case type given there recorded as the start questions' own pages record them.
 * Uses the real guides (content/ and examples/fjellvik/) and the page models the site renders.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/read-dir';
import type { GuideContent } from '../../src/lib/content/guide-content';
import { currentNodeId, emptyWalk, factsOf, recordAnswer, setDate, type Walk } from '../../src/lib/flow/walk';
import { joinsAtStep, missingDates, missingStartQuestions, recordedStartAnswers, recordStartAnswers } from '../../src/lib/flow/join';
import { deadlinesOfWalk } from '../../src/lib/deadlines/walk-deadlines';
import { buildNote } from '../../src/lib/outputs/note';
import { noteContext } from '../../src/lib/pages/note-context';
import { pageModel } from '../../src/lib/pages/page';
import { startQuestionModels } from '../../src/lib/pages/start-questions';
import type { StepPageModel, WalkNodeModel } from '../../src/lib/pages/model';
import { translator } from '../../src/lib/i18n';
import { LANGUAGES, type Language } from '../../src/lib/i18n/languages';

function load(dir: string): GuideContent {
	const { content } = loadContent(join(import.meta.dirname, '../..', dir));
	if (!content) throw new Error(`${dir} does not load`);
	return content;
}
const guide = load('content');
const fjellvik = load('examples/fjellvik');

function modelOf(content: GuideContent, lang: Language, id: string) {
	const page = content.pages[lang].find((p) => p.frontmatter.id === id);
	if (!page) throw new Error(`no page ${id}`);
	return pageModel(content, page, '', translator(lang));
}
const stepOf = (id: string, lang: Language = 'nb') => modelOf(guide, lang, id) as StepPageModel;
const nodeOf = (id: string): WalkNodeModel => {
	const model = modelOf(guide, 'nb', id);
	if (!('walk' in model)) throw new Error(`${id} asks nothing`);
	return model.walk;
};

/** Answers pages in order as the browser does when the user clicks their answers. */
function answer(walk: Walk, nodeId: string, answerId: string, day = '2026-12-01'): Walk {
	const { node, answers } = nodeOf(nodeId);
	const chosen = answers.find((a) => a.id === answerId);
	if (!chosen) throw new Error(`${nodeId} has no answer ${answerId}`);
	return recordAnswer(walk, 'start', node, chosen, day);
}

const trinn1 = stepOf('niva-2-trinn-1');
const questions = trinn1.step.startQuestions;

describe('the start questions a step asks again', () => {
	it('are the default guide’s service and case type questions, in the order the start asks them', () => {
		for (const lang of LANGUAGES) {
			const found = startQuestionModels(guide, lang);
			expect(found.map((q) => [q.node.id, q.facts, q.href])).toEqual([
				['tjeneste', ['service'], `/${lang}/tjeneste/`],
				['sakstype', ['caseType'], `/${lang}/sakstype/`]
			]);
		}
		expect(questions.map((q) => q.node.question.nb)).toEqual(['Hvor jobber du?', 'Hva gjelder undringen?']);
		expect(questions.map((q) => q.node.question.nn)).toEqual(['Kvar jobbar du?', 'Kva gjeld undringa?']);
	});

	it('record what their own pages record: the same node and the same answers', () => {
		for (const q of questions) {
			const { node, answers } = nodeOf(q.node.id);
			expect(q.node).toEqual(node);
			expect(q.answers).toEqual(answers);
		}
	});

	it('are found by what they record, not by their ids: Fjellvik asks its own', () => {
		expect(startQuestionModels(fjellvik, 'nn').map((q) => [q.node.id, q.facts])).toEqual([
			['arbeidssted', ['service']],
			['hva-gjelder', ['caseType']]
		]);
	});
});

describe('what a walk that joins at a step lacks', () => {
	it('an empty walk joins and lacks the service, the case type and the date the deadline counts from', () => {
		expect(joinsAtStep(emptyWalk(), questions)).toBe(true);
		expect(missingStartQuestions(emptyWalk(), questions)).toEqual(['tjeneste', 'sakstype']);
		expect(missingDates(emptyWalk(), trinn1.step.neededDates.map((d) => d.id))).toEqual(['beslutning-niva-2']);
		expect(missingDates(setDate(emptyWalk(), 'beslutning-niva-2', '2026-11-23'), ['beslutning-niva-2'])).toEqual([]);
	});

	it('a walk that only answered the safety question still lacks both', () => {
		const walk = answer(emptyWalk(), 'start', 'nei');
		expect(joinsAtStep(walk, questions)).toBe(true);
		expect(missingStartQuestions(walk, questions)).toEqual(['tjeneste', 'sakstype']);
	});

	it('a walk with the service lacks only the case type', () => {
		const walk = answer(answer(emptyWalk(), 'start', 'nei'), 'tjeneste', 'skole');
		expect(joinsAtStep(walk, questions)).toBe(true);
		expect(missingStartQuestions(walk, questions)).toEqual(['sakstype']);
	});

	it('a walk through the start questions is not asked again', () => {
		const walk = answer(answer(answer(emptyWalk(), 'start', 'nei'), 'tjeneste', 'skole'), 'sakstype', 'annet');
		expect(missingStartQuestions(walk, questions)).toEqual([]);
		expect(joinsAtStep(walk, questions)).toBe(false);
	});

	it('once a step is answered the walk has joined, even without the start questions', () => {
		const walk = answer(emptyWalk(), 'niva-2-trinn-1', 'ja');
		expect(missingStartQuestions(walk, questions)).toEqual(['tjeneste', 'sakstype']);
		expect(joinsAtStep(walk, questions)).toBe(false);
	});
});

describe('recording the service and case type given on a step', () => {
	it('records them as answering the start questions would, in the start’s order whatever order they were chosen in', () => {
		const joined = recordStartAnswers(emptyWalk(), 'start', questions, { sakstype: 'skolemiljo', tjeneste: 'skole' }, '2026-12-01');
		const throughStart = answer(answer(emptyWalk(), 'tjeneste', 'skole'), 'sakstype', 'skolemiljo');
		expect(joined).toEqual(throughStart);
		expect(factsOf(joined)).toEqual({ service: 'skole', caseType: 'skolemiljo' });
		expect(recordedStartAnswers(joined, questions).map(({ question, answer }) => [question.node.id, answer.nb, answer.nn])).toEqual([
			['tjeneste', 'Skole eller SFO', 'Skule eller SFO'],
			['sakstype', 'Elevens skolemiljø', 'Skulemiljøet til eleven']
		]);
	});

	it('records only what was chosen, and nothing for an empty or unknown choice', () => {
		const walk = emptyWalk();
		expect(recordStartAnswers(walk, 'start', questions, { tjeneste: '', sakstype: 'finnes-ikke' }, '2026-12-01')).toBe(walk);
		const onlyCaseType = recordStartAnswers(walk, 'start', questions, { sakstype: 'barnehagemiljo' }, '2026-12-01');
		expect(onlyCaseType.entries.map((e) => e.nodeId)).toEqual(['sakstype']);
		expect(factsOf(onlyCaseType)).toEqual({ caseType: 'barnehagemiljo' });
		expect(missingStartQuestions(onlyCaseType, questions)).toEqual(['tjeneste']);
	});

	it('never replaces an answer the walk already has', () => {
		const walk = answer(answer(emptyWalk(), 'start', 'nei'), 'tjeneste', 'skole');
		const next = recordStartAnswers(walk, 'start', questions, { tjeneste: 'barnehage', sakstype: 'annet' }, '2026-12-02');
		expect(next.entries.map((e) => [e.nodeId, e.answerId])).toEqual([
			['start', 'nei'],
			['tjeneste', 'skole'],
			['sakstype', 'annet']
		]);
	});

	it('then the step’s answer continues the case from the step; deadlines and the note have the service, case type and date', () => {
		let walk = recordStartAnswers(emptyWalk(), 'start', questions, { tjeneste: 'helsestasjon', sakstype: 'skolemiljo' }, '2026-12-01');
		walk = setDate(walk, 'beslutning-niva-2', '2026-11-23');
		walk = answer(walk, 'niva-2-trinn-1', 'ja');
		expect(walk.entries.map((e) => e.nodeId)).toEqual(['tjeneste', 'sakstype', 'niva-2-trinn-1']);
		expect(currentNodeId(walk, 'start')).toBe('niva-2-trinn-2');

		const [deadline] = deadlinesOfWalk(trinn1.step.deadlines, walk, '2026-12-01');
		expect([deadline?.ruleId, deadline?.due]).toEqual(['innkalling-niva-2', '2026-12-07']);

		for (const lang of LANGUAGES) {
			const t = translator(lang);
			const note = buildNote(walk, noteContext(guide, lang, t), lang, t, '2026-12-01');
			const facts = Object.fromEntries(note.facts.map((f) => [f.id, f.value]));
			expect(facts.service).toBe(lang === 'nb' ? 'Helsestasjon eller skolehelsetjeneste' : 'Helsestasjon eller skulehelsetenesta');
			expect(facts.caseType).toBe(lang === 'nb' ? 'Elevens skolemiljø' : 'Skulemiljøet til eleven');
			expect(facts['date-beslutning-niva-2']).toContain('23. november 2026');
			const deadlines = note.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'deadlines' ? b.deadlines : []));
			expect(deadlines.find((d) => d.id === 'innkalling-niva-2')?.status).toContain('07.12.2026');
		}
	});
});

describe('the dates a step’s deadlines need', () => {
	it('are asked on every step that shows those deadlines, in both guides and both languages', () => {
		for (const content of [guide, fjellvik]) {
			for (const lang of LANGUAGES) {
				for (const page of content.pages[lang].filter((p) => p.frontmatter.kind === 'step')) {
					const { step } = pageModel(content, page, '', translator(lang)) as StepPageModel;
					const asked = [...step.dates, ...step.neededDates].map((d) => d.id);
					for (const deadline of step.deadlines) expect(asked, `${lang} ${page.frontmatter.id}`).toContain(deadline.input.from);
					// Asked once: a date the step asks itself is not asked again as a needed one.
					expect(new Set(asked).size, `${lang} ${page.frontmatter.id}`).toBe(asked.length);
				}
			}
		}
	});

	it('in the default guide: the undring on Nivå 0 trinn 3, the decision on Nivå 2 trinn 1, the agreed evaluation on the evaluation steps', () => {
		const needed = (id: string) => stepOf(id).step.neededDates.map((d) => d.id);
		expect(needed('niva-0-trinn-3')).toEqual(['undring']);
		expect(needed('niva-2-trinn-1')).toEqual(['beslutning-niva-2']);
		expect(['niva-1-trinn-3', 'niva-2-trinn-4', 'niva-3-trinn-4'].map(needed)).toEqual([['evalueringsmote'], ['evalueringsmote'], ['evalueringsmote']]);
		expect(needed('niva-1-trinn-4')).toEqual([]); // it asks for the decision date itself
	});
});
