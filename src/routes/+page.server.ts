import { translator } from '$lib/i18n';
import '$lib/i18n/strings.server';
import { guideContent } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The site root only points to the two languages: plain HTML, words set at build time. */
export const load: PageServerLoad = () => {
	const [nb, nn] = [translator('nb'), translator('nn')];
	// kommune.yaml › defaultLanguage: where `/` sends the user (a nynorsk municipality opens in nn).
	const lang = guideContent().municipality.defaultLanguage;
	const t = lang === 'nn' ? nn : nb;
	return { lang, title: `${nb('site.name')} / ${nn('site.name')}`, heading: t('site.name'), nb: nb('language.name'), nn: nn('language.name') };
};
