/**
 * Which component shows which kind of page. Every page of the guide loads the same script
 * (src/client/guide.ts), so every view is in it.
 */
import type { Component } from 'svelte';
import type { PageModel, PageViewProps } from '$lib/content/view';
import BasicPage from './BasicPage.svelte';
import StepPage from './StepPage.svelte';
import LevelPage from './LevelPage.svelte';
import OverviewPage from './OverviewPage.svelte';
import GlossaryPage from './GlossaryPage.svelte';
import SafetyPage from './SafetyPage.svelte';
import EndingPage from './EndingPage.svelte';
import DeadlinesPage from './DeadlinesPage.svelte';
import NotePage from './outputs/NotePage.svelte';
import ConsentPage from './outputs/ConsentPage.svelte';

export type PageView = Component<PageViewProps>;

const VIEWS: Partial<Record<PageModel['kind'], PageView>> = {
	step: StepPage,
	level: LevelPage,
	overview: OverviewPage,
	glossary: GlossaryPage,
	safety: SafetyPage,
	ending: EndingPage,
	deadlines: DeadlinesPage,
	note: NotePage,
	consent: ConsentPage
};

export function viewOf(page: PageModel): PageView {
	return VIEWS[page.kind] ?? BasicPage;
}
