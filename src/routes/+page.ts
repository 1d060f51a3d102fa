import { translator } from '$lib/i18n';
import type { PageLoad } from './$types';

/** The site root only points to the two languages: plain HTML, no JavaScript, words set at build time. */
export const csr = false;

export const load: PageLoad = () => {
	const nb = translator('nb');
	const nn = translator('nn');
	return { title: `${nb('site.name')} / ${nn('site.name')}`, heading: nb('site.name'), nb: nb('language.name'), nn: nn('language.name') };
};
