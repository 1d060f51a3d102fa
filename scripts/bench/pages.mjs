/**
 * The pages the bench scripts measure: one of each kind, as paths below a language.
 * `npm run bench` takes them in both languages; the diagnostic scripts (js-sources.mjs,
 * long-tasks.mjs) in bokmål unless given other pages.
 */
export const GUIDE_PAGES = [
	['start', ''],
	['step', 'niva-1/trinn-2/'],
	// A step with dates and deadlines also loads the calendar and the deadline rules.
	['step with deadlines', 'niva-0/trinn-1/'],
	['overview', 'oversikt/'],
	['note', 'notat/'],
	['checklist', 'samtykke/']
];

/** The bokmål pages, for the diagnostic scripts. */
export const NB_PAGES = GUIDE_PAGES.map(([, path]) => `/nb/${path}`);

/**
 * The answer→step transitions (answer-step.mjs): a page and the answer clicked on it. The start
 * page's «nei» is the ordinary way in (its «ja» leads to the page on violence and abuse).
 */
export const ANSWER_TRANSITIONS = [
	{ from: '/nb/', answer: 'nei' },
	{ from: '/nb/niva-1/trinn-2/', answer: 'ja' },
	{ from: '/nb/niva-0/trinn-1/', answer: 'ja' }
];
