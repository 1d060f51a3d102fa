import { loadLanguage, translator } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/** The site root only points to the two languages: plain HTML, words set at build time. */
export const load: PageServerLoad = async () => {
	await Promise.all([loadLanguage('nb'), loadLanguage('nn')]);
	const [nb, nn] = [translator('nb'), translator('nn')];
	return { title: `${nb('site.name')} / ${nn('site.name')}`, heading: nb('site.name'), nb: nb('language.name'), nn: nn('language.name') };
};
