import type { Language } from '$lib/i18n/languages';
import { chromeOf } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

/** What every page of one language shares: header, footer, theme and links. */
export const load: LayoutServerLoad = ({ params }) => ({
	chrome: chromeOf(params.lang as Language),
	embedded: params.embed === 'embed'
});
