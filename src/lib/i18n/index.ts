/**
 * All UI strings of both languages, for the build, the tests and server code. The browser
 * gets them as data instead, written into each page (lib/server/guide-page.ts): the page's
 * language, and the note's and the checklist's own strings on those two pages only.
 */
import { LANGUAGES, type Language } from './languages';
import { registerStrings, translator } from './registry';
import nb from './locales/nb.json';
import nn from './locales/nn.json';
import outputsNb from './locales/outputs/nb.json';
import outputsNn from './locales/outputs/nn.json';

/** The strings every page needs. */
export const resources = { nb, nn } as const;
/** The strings only the note and the consent checklist need. */
export const outputResources = { nb: outputsNb, nn: outputsNn } as const;
export { translator };
export type { Translate } from './translate';

for (const lang of LANGUAGES as readonly Language[]) {
	registerStrings(lang, resources[lang]);
	registerStrings(lang, outputResources[lang]);
}
