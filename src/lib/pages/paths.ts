/** Addresses of the guide's pages: the same in the build and in the browser. */
import type { Language } from '../i18n/languages';

export function otherLanguage(lang: Language): Language {
	return lang === 'nb' ? 'nn' : 'nb';
}

/** Site-relative href of a content path, always with a trailing slash (static hosting). */
export function hrefOf(lang: Language, path: string): string {
	return path === '' ? `/${lang}/` : `/${lang}/${path}/`;
}
