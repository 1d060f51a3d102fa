/**
 * The guide's only script in the browser. The page is complete HTML (built by
 * lib/server/guide-page.ts); this brings its interactive parts to life with the same component
 * and the data the build wrote into the page. Moving to another page is an ordinary page load.
 */
import { hydrate } from 'svelte';
import GuideApp from '$lib/components/GuideApp.svelte';
import { registerStrings } from '$lib/i18n/registry';
import { DATA_ID, ROOT_ID, type GuidePageData } from '$lib/content/page-data';

const root = document.getElementById(ROOT_ID);
const json = document.getElementById(DATA_ID)?.textContent;
if (root && json) {
	const data: GuidePageData = JSON.parse(json);
	for (const strings of data.strings) registerStrings(data.props.page.lang, strings);
	// Hydrate in a task of its own, not in the one that evaluated the scripts: on a slow phone
	// each start-up step is then a shorter block of the main thread (GuideShell reads the walk
	// in a third task).
	setTimeout(() => hydrate(GuideApp, { target: root, props: data.props }));
}
