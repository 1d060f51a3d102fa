/** Both languages' UI strings, for the build (server loads). The browser gets its page's language as data. */
import { addLanguage, type UiStrings } from './index';
import type { Language } from './languages';
import nb from './locales/nb.json';
import nn from './locales/nn.json';

export const UI_STRINGS: Record<Language, UiStrings> = { nb, nn };

for (const [lang, strings] of Object.entries(UI_STRINGS)) addLanguage(lang as Language, strings);
