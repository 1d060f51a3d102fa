import type { Component } from 'svelte';
import type { ChromeModel, PageKind, PageModel } from '$lib/pages/model';

/** A view: the component that shows one kind of page. */
export type PageView = Component<{ page: PageModel; chrome: ChromeModel }>;

type ViewModule = { default: Component<never> };

/**
 * Each kind of page's view, imported when a page of that kind is first shown, so a page loads
 * the code of its own view and not that of every other kind (the note, the checklist and the
 * case-file forms stay out of a step page). `satisfies` makes a new kind without a view a type error.
 */
const viewLoaders = {
	start: () => import('./BasicView.svelte'),
	question: () => import('./BasicView.svelte'),
	article: () => import('./BasicView.svelte'),
	step: () => import('./StepView.svelte'),
	safety: () => import('./SafetyView.svelte'),
	level: () => import('./LevelView.svelte'),
	overview: () => import('./OverviewView.svelte'),
	glossary: () => import('./GlossaryView.svelte'),
	ending: () => import('./EndingView.svelte'),
	deadlines: () => import('./DeadlinesView.svelte'),
	note: () => import('../outputs/NoteView.svelte'),
	consent: () => import('../outputs/ConsentView.svelte'),
	changes: () => import('./ChangesView.svelte'),
	print: () => import('./PrintView.svelte')
} satisfies Record<PageKind, () => Promise<ViewModule>>;

/** The view for a kind of page. Each view takes the page model of its own kind. */
export async function loadView(kind: PageKind): Promise<PageView> {
	return (await viewLoaders[kind]()).default as unknown as PageView;
}
