/**
 * Where each prerendered page finds its data: plain JSON files written at build time
 * (src/routes/data/), fetched by the pages' universal loads. The browser reads them
 * as JSON, never as code, and a static web server serves them like any other file.
 */
import type { Language } from '../i18n/languages';

/** The chrome (header, links, theme) and the UI strings of one language. */
export function languageDataUrl(base: string, lang: Language): string {
	return `${base}/data/${lang}.json`;
}

/** One page's model; the embedded variant has its own file because its links differ. */
export function pageDataUrl(base: string, lang: Language, path: string, embedded: boolean): string {
	const trimmed = path.replace(/^\/+|\/+$/g, '');
	return `${base}/data/${embedded ? 'embed/' : ''}${lang}/${trimmed ? `${trimmed}/` : ''}page.json`;
}
