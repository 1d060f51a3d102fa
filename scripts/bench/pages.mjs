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
