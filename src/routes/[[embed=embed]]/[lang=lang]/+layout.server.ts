import { chromeModel } from '$lib/content/view';
import { guideContent } from '$lib/server/content';
import type { Language } from '$lib/content/schema';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({
	chrome: chromeModel(guideContent(), params.lang as Language),
	embedded: params.embed === 'embed'
});
