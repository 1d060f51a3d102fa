import type { Handle } from '@sveltejs/kit';
import { LANGUAGES } from '$lib/i18n/languages';

/** Sets <html lang> from the first path segment, so every prerendered page declares its language. */
export const handle: Handle = async ({ event, resolve }) => {
	const first = event.params.lang ?? event.url.pathname.split('/').filter(Boolean)[0];
	const lang = (LANGUAGES as readonly string[]).includes(first ?? '') ? (first as string) : 'nb';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
