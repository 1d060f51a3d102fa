import { translator } from '$lib/i18n';
import '$lib/i18n/strings.server';
import type { PageServerLoad } from './$types';

/** The site root only points to the two languages: plain HTML, words set at build time. */
export const load: PageServerLoad = () => {
	const [nb, nn] = [translator('nb'), translator('nn')];
	return { title: `${nb('site.name')} / ${nn('site.name')}`, heading: nb('site.name'), nb: nb('language.name'), nn: nn('language.name') };
};
