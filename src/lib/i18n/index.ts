/**
 * All UI strings of both languages, for the build, the tests and server code. Browser code
 * uses the registry and loads one language (see the language layout's +layout.ts).
 */
import type { Language } from './languages';
import { registerStrings, translator } from './registry';
import nb from './locales/nb.json';
import nn from './locales/nn.json';

export const resources = { nb, nn } as const;
export { translator };
export type { Translate } from './translate';

for (const lang of Object.keys(resources) as Language[]) registerStrings(lang, resources[lang]);
