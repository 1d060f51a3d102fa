/**
 * A page of the guide at build time: its model and prebuilt parts, rendered to HTML by the same
 * component the browser brings to life (components/GuideApp.svelte), with everything the
 * browser needs for that written into the page as JSON (read by src/client/guide.ts).
 */
import { render } from 'svelte/server';
import { base } from '$app/paths';
import type { Language } from '$lib/content/schema';
import { chromeModel, pageModel } from '$lib/content/view';
import { outputResources, resources, translator } from '$lib/i18n';
import type { Strings } from '$lib/i18n/translate';
import GuideApp from '$lib/components/GuideApp.svelte';
import { DATA_ID, ROOT_ID, type GuidePageData } from '$lib/content/page-data';
import { findPage, guideContent, renderBody } from './content';
import { pageParts } from './static-parts';

/** The page at `path` in `lang`, or undefined when there is none. */
export async function guidePageData(lang: Language, path: string, embedded: boolean): Promise<GuidePageData | undefined> {
	const found = findPage(lang, path.replace(/\/$/, ''));
	if (!found) return undefined;
	const content = guideContent();
	const chrome = chromeModel(content, lang);
	const page = pageModel(content, found, await renderBody(found), translator(lang));
	const parts = pageParts(page, chrome, { lang, embedded });
	// The note's and the checklist's own UI strings travel with those two pages only.
	const strings: Strings[] = page.kind === 'note' || page.kind === 'consent' ? [resources[lang], outputResources[lang]] : [resources[lang]];
	return { props: { chrome, page, parts, embedded, base }, strings };
}

/** The page's <title>: its own title, then the guide's and the municipality's name. */
export function pageTitle({ props: { page, chrome } }: GuidePageData): string {
	return `${page.title} – ${translator(page.lang)('site.titleSuffix', { municipality: chrome.municipality })}`;
}

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`. */
function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page's HTML: the rendered guide in its root element, and the data its script reads. */
export function renderGuidePage(data: GuidePageData): string {
	const { body } = render(GuideApp, { props: data.props });
	return `<div id="${ROOT_ID}">${body}</div><script type="application/json" id="${DATA_ID}">${scriptJson(data)}</script>`;
}
