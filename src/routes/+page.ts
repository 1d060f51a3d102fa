import { base } from '$app/paths';
import { languageDataUrl } from '$lib/content/data-urls';
import type { Language } from '$lib/i18n/languages';
import { createTranslator, type Strings } from '$lib/i18n/translate';
import type { PageLoad } from './$types';

/** The site root only points to the two languages: plain HTML, no JavaScript, words set at build time. */
export const csr = false;

export const load: PageLoad = async ({ fetch }) => {
	const translate = async (lang: Language) => {
		const { strings }: { strings: Strings } = await (await fetch(languageDataUrl(base, lang))).json();
		return createTranslator(lang, () => strings);
	};
	const [nb, nn] = await Promise.all([translate('nb'), translate('nn')]);
	return { title: `${nb('site.name')} / ${nn('site.name')}`, heading: nb('site.name'), nb: nb('language.name'), nn: nn('language.name') };
};
