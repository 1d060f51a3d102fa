import type { ParamMatcher } from '@sveltejs/kit';
import { LANGUAGES, type Language } from '$lib/i18n/languages';

export const match = ((param: string): param is Language =>
	(LANGUAGES as readonly string[]).includes(param)) satisfies ParamMatcher;
