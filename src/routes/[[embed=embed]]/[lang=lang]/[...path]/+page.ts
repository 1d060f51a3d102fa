import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { base } from '$app/paths';
import { pageDataUrl } from '$lib/content/data-urls';
import type { PageModel, PageParts } from '$lib/content/view';
import { registerStrings } from '$lib/i18n/registry';
import type { Strings } from '$lib/i18n/translate';
import type { Language } from '$lib/i18n/languages';
import type { PageLoad } from './$types';

/*
 * The guide's own pages (steps, levels, start, endings) share one view (+page.svelte). The
 * deadlines page (with the calendar file), the note (building it, copy, print) and the consent
 * checklist bring their own code, loaded with their page's data so nothing flashes. So do a
 * step's dates and deadlines: steps without any do not carry the calendar and the rules.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view takes its own props, which +page.svelte passes
type ViewModule = Promise<{ default: Component<any> }>;
const VIEWS: Partial<Record<PageModel['kind'], () => ViewModule>> = {
	deadlines: () => import('$lib/components/DeadlinesPage.svelte'),
	note: () => import('$lib/components/outputs/NotePage.svelte'),
	consent: () => import('$lib/components/outputs/ConsentPage.svelte')
};

/** The page's model comes from its JSON file (built by src/routes/data/). */
export const load: PageLoad = async ({ params, fetch }) => {
	const response = await fetch(pageDataUrl(base, params.lang as Language, params.path, params.embed === 'embed'));
	if (!response.ok) error(response.status === 404 ? 404 : 500, response.status === 404 ? 'Not found' : 'Error');
	const { page, parts, strings }: { page: PageModel; parts: PageParts; strings?: Strings } = await response.json();
	if (strings) registerStrings(page.lang, strings);
	const view = VIEWS[page.kind];
	const step = page.step;
	const [View, StepDeadlines] = await Promise.all([
		view && view().then((m) => m.default),
		step && (step.deadlines.length > 0 || step.dates.length > 0)
			? import('$lib/components/StepDeadlines.svelte').then((m) => m.default)
			: undefined
	]);
	return { page, parts, View, StepDeadlines };
};
