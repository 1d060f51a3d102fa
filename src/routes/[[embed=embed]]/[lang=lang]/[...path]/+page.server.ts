import { pageEntries } from '$lib/server/entries';
import type { EntryGenerator } from './$types';

/*
 * Only the list of pages to prerender lives on the server side; the page's data comes from its
 * JSON file (+page.ts). Without a server load, the browser needs none of SvelteKit's code for
 * server data.
 */
export const entries: EntryGenerator = pageEntries;
