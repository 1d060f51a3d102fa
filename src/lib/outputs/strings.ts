/**
 * The UI strings of the note and the consent checklist. Registered when this module loads,
 * and it loads only with the outputs, so other pages do not carry them.
 */
import { registerStrings } from '../i18n/registry';
import { LANGUAGES } from '../i18n/languages';
import nb from '../i18n/locales/outputs/nb.json';
import nn from '../i18n/locales/outputs/nn.json';

export const outputResources = { nb, nn } as const;

for (const lang of LANGUAGES) registerStrings(lang, outputResources[lang]);
