/**
 * Renders the parts of a page that do not depend on the walk to HTML at build time, with the
 * same Svelte components and contexts as the browser would use. The browser then inserts them
 * as HTML and carries code only for what the walk changes (the "islands": trail, answers,
 * dates, deadlines, notes). See components/static/.
 */
import { render } from 'svelte/server';
import { base } from '$app/paths';
import type { Component } from 'svelte';
import type { ChromeModel, PageModel, PageParts, StaticParts } from '$lib/content/view';
import { i18nContext } from '$lib/i18n/context';
import { siteContext } from '$lib/embed/context';
import type { Language } from '$lib/i18n/languages';
import SiteHeader from '$lib/components/static/SiteHeader.svelte';
import SiteFooter from '$lib/components/static/SiteFooter.svelte';
import StepParts from '$lib/components/static/StepParts.svelte';
import PageKindParts, { type PagePart } from '$lib/components/static/PageKindParts.svelte';

export interface RenderTarget {
	lang: Language;
	embedded: boolean;
}

/** One component's HTML, without Svelte's hydration markers (nothing hydrates it). */
export function renderStatic<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	target: RenderTarget
): string {
	const context = new Map<unknown, unknown>([...i18nContext(target.lang), ...siteContext(target.embedded, base)]);
	return render(component, { props, context }).body.replace(/<!--[^>]*-->/g, '').trim();
}

function renderParts<Props extends Record<string, unknown>, Part extends string>(
	component: Component<Props & { part: Part }>,
	names: readonly Part[],
	props: Props,
	target: RenderTarget
): StaticParts {
	return Object.fromEntries(
		names.map((part) => [part, renderStatic(component, { ...props, part } as Props & { part: Part }, target)])
	);
}

/** The page's own parts, by kind; the names are the ones its page component inserts. */
function mainParts(page: PageModel, chrome: ChromeModel, target: RenderTarget): StaticParts {
	if (page.step) {
		return renderParts(
			StepParts,
			['top', 'intro', 'body', 'more', 'pager'] as const,
			{ page, step: page.step, consentHref: chrome.links.consent.href },
			target
		);
	}
	return renderParts(PageKindParts, PARTS_OF_KIND[page.kind] ?? ['intro', 'body'], { page, chrome }, target);
}

/** The parts each kind's page component inserts, besides a step's (above). */
const PARTS_OF_KIND: Partial<Record<PageModel['kind'], readonly PagePart[]>> = {
	safety: ['intro', 'phones', 'body'],
	glossary: ['intro', 'body', 'glossary'],
	level: ['intro', 'body', 'levelHeading'],
	ending: ['intro', 'endingNext', 'body', 'endingRestart'],
};

export function pageParts(page: PageModel, chrome: ChromeModel, target: RenderTarget): PageParts {
	return {
		header: renderStatic(SiteHeader, { chrome, path: page.path }, target),
		footer: target.embedded ? '' : renderStatic(SiteFooter, { chrome }, target),
		main: mainParts(page, chrome, target)
	};
}
