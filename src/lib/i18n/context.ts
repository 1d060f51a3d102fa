import { getContext, setContext } from 'svelte';
import type { Language } from './languages';
import { translator, type Translate } from './index';

const KEY = Symbol('i18n');

export interface I18n {
	readonly lang: Language;
	readonly t: Translate;
}

function i18nFor(getLang: () => Language): I18n {
	return {
		get lang() {
			return getLang();
		},
		get t() {
			return translator(getLang());
		}
	};
}

/** Called once by the guide's shell (GuideShell.svelte); components read it with `useI18n()`. */
export function provideI18n(getLang: () => Language): void {
	setContext<I18n>(KEY, i18nFor(getLang));
}

/** The context map a component needs when rendered on its own (component tests). */
export function i18nContext(lang: Language): Map<symbol, I18n> {
	return new Map([[KEY, i18nFor(() => lang)]]);
}

export function useI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('useI18n() used outside the guide (no i18n context)');
	return i18n;
}
