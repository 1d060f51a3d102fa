import type { ParamMatcher } from '@sveltejs/kit';
import { LANGUAGES, type Language } from '$lib/content/schema';

export const match = ((param: string): param is Language =>
	(LANGUAGES as readonly string[]).includes(param)) satisfies ParamMatcher;
