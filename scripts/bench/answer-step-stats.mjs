/**
 * Pure helpers for the answer→step measurement (answer-step.mjs), unit-tested in
 * tests/unit/answer-step-stats.test.ts.
 *
 * The page reports events (see answer-step.mjs, `probe`), each stamped with its document's
 * `performance.timeOrigin` (`origin`, ms since the epoch) and a time relative to it (`at`), so
 * events of two documents (a full page load) compare on one clock:
 *  - `click`: the click on an answer link; `at` is the click event's timeStamp, `target` the
 *    link's path and `heading` the h1 text at the time of the click;
 *  - `painted`: a frame after the one that first showed this `heading` at `path` (double rAF);
 *  - `fcp`: the document's first-contentful-paint.
 */

/**
 * @typedef {{ type: 'click' | 'painted' | 'fcp', doc: string, origin: number, at: number, path: string, heading?: string, target?: string }} ProbeEvent
 */

/** @param {ProbeEvent} event */
const absolute = (event) => event.origin + event.at;

/**
 * The time from the click on an answer to the next step painted, from one run's events: the
 * earliest `painted` event after the click whose path is the link's target and whose heading
 * is not the one the page had at the click. `kind` says how the step came: `client` (the same
 * document, a client-side navigation) or `document` (a new document, a full page load); for a
 * new document `fcpMs` is the click to its first-contentful-paint. Null without a click or
 * without such a paint.
 * @param {ProbeEvent[]} events
 * @returns {{ ms: number, kind: 'client' | 'document', to: string, heading: string, fcpMs: number | null } | null}
 */
export function answerStepFromEvents(events) {
	const click = events.find((e) => e.type === 'click');
	if (!click) return null;
	const clickedAt = absolute(click);
	const painted = events
		.filter((e) => e.type === 'painted' && e.path === click.target && e.heading && e.heading !== click.heading && absolute(e) > clickedAt)
		.sort((a, b) => absolute(a) - absolute(b))[0];
	if (!painted) return null;
	const kind = painted.doc === click.doc ? 'client' : 'document';
	const fcp = kind === 'document' ? events.find((e) => e.type === 'fcp' && e.doc === painted.doc) : undefined;
	return {
		ms: absolute(painted) - clickedAt,
		kind,
		to: painted.path,
		heading: painted.heading ?? '',
		fcpMs: fcp ? absolute(fcp) - clickedAt : null
	};
}

/** The median, shared with the long-task statistics. */
export { median } from './long-task-stats.mjs';
