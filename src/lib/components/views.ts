/**
 * Which component shows which kind of page. The guide's own pages (steps, levels, the start,
 * endings, the reference pages) come with every page; the deadlines page (with the calendar
 * file), the note (building it, copy, print) and the consent checklist bring their own code,
 * loaded with their page's data (+page.ts) so nothing flashes.
 */
import type { Component } from 'svelte';
import type { PageModel } from '$lib/content/view';
import type { GuideViewProps } from './guide-views';
import BasicPage from './BasicPage.svelte';
import StepPage from './StepPage.svelte';
import LevelPage from './LevelPage.svelte';
import OverviewPage from './OverviewPage.svelte';
import GlossaryPage from './GlossaryPage.svelte';
import SafetyPage from './SafetyPage.svelte';
import EndingPage from './EndingPage.svelte';

export type PageView = Component<GuideViewProps>;

const GUIDE_VIEWS: Partial<Record<PageModel['kind'], PageView>> = {
	step: StepPage,
	level: LevelPage,
	overview: OverviewPage,
	glossary: GlossaryPage,
	safety: SafetyPage,
	ending: EndingPage
};

const OWN_CODE_VIEWS: Partial<Record<PageModel['kind'], () => Promise<{ default: PageView }>>> = {
	deadlines: () => import('./DeadlinesPage.svelte'),
	note: () => import('./outputs/NotePage.svelte'),
	consent: () => import('./outputs/ConsentPage.svelte')
};

/** The view of one of the guide's own pages (imported by +page.svelte, so its CSS is in the page's HTML). */
export function guideViewOf(page: PageModel): PageView {
	return GUIDE_VIEWS[page.kind] ?? BasicPage;
}

/** The view of a page with its own code, loaded with the page's data (+page.ts); undefined for the guide's pages. */
export async function ownCodeViewOf(page: PageModel): Promise<PageView | undefined> {
	const load = OWN_CODE_VIEWS[page.kind];
	return load && (await load()).default;
}

/** A step's dates and deadlines, loaded only with steps that have any. */
export async function stepDeadlinesOf(page: PageModel): Promise<GuideViewProps['stepDeadlines']> {
	const step = page.step;
	if (!step || (step.deadlines.length === 0 && step.dates.length === 0)) return undefined;
	return (await import('./StepDeadlines.svelte')).default;
}
