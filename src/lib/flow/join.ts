/**
 * Joining in the middle: someone from another service opens a step (from the overview, a link)
 * without having answered the start questions. Pure functions saying what such a walk lacks,
 * and recording the start questions' answers given on the step exactly as their own pages would.
 */
import type { Language } from '../i18n/languages';
import { factsOf, lastIndexOf, recordAnswer, type AnsweredNode, type ChosenAnswer, type Walk } from './walk';

/** A start question as the step asks it again: its walk node and the facts its answers record. */
export interface StartQuestion {
	node: AnsweredNode;
	answers: ChosenAnswer[];
	/** The keys its answers record (`sets`), e.g. `service`: once all are known it is not asked again. */
	facts: string[];
}

/** Ids of the start questions whose facts the walk does not know yet, in the order the start asks them. */
export function missingStartQuestions(walk: Walk, questions: readonly StartQuestion[]): string[] {
	const known = factsOf(walk);
	return questions.filter((q) => q.facts.some((fact) => known[fact] === undefined)).map((q) => q.node.id);
}

/** Ids of the dates (`dateIds`) the walk has no value for yet. */
export function missingDates(walk: Walk, dateIds: readonly string[]): string[] {
	return dateIds.filter((id) => walk.dates[id] === undefined);
}

/**
 * True when the walk joins at a step: no step has been answered yet, and the walk is empty or
 * lacks what the start questions record. Someone who came through the start is not asked again.
 */
export function joinsAtStep(walk: Walk, questions: readonly StartQuestion[]): boolean {
	if (walk.entries.some((e) => e.kind === 'step')) return false;
	return walk.entries.length === 0 || missingStartQuestions(walk, questions).length > 0;
}

/**
 * Records the answers chosen for the start questions (question id → answer id) in the order the
 * start asks them, each as answering it on its own page would (`recordAnswer`, with its `sets`).
 * Questions whose facts are already known are left as they are: a known answer is never replaced.
 */
export function recordStartAnswers(
	walk: Walk,
	startId: string,
	questions: readonly StartQuestion[],
	chosen: Readonly<Record<string, string>>,
	answeredOn: string
): Walk {
	const missing = new Set(missingStartQuestions(walk, questions));
	return questions.reduce((next, q) => {
		const answer = missing.has(q.node.id) ? q.answers.find((a) => a.id === chosen[q.node.id]) : undefined;
		return answer ? recordAnswer(next, startId, q.node, answer, answeredOn) : next;
	}, walk);
}

/** The start questions the walk has an answer to, with the label of that answer (shown in the box). */
export function recordedStartAnswers<Q extends StartQuestion>(
	walk: Walk,
	questions: readonly Q[]
): { question: Q; answer: Record<Language, string> }[] {
	return questions.flatMap((question) => {
		const entry = walk.entries[lastIndexOf(walk, question.node.id)];
		return entry ? [{ question, answer: entry.answerLabel }] : [];
	});
}
