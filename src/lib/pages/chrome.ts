/** What every page of one language shares: header, footer, theme and the fixed links. */
import type { ContentPage, GuideContent } from '../content/guide-content';
import type { Language } from '../content/schema';
import { themeStyle } from '../content/theme';
import { filler, localize, pagesOfKind, singlePage } from './content-query';
import type { ChromeModel, LinkModel } from './model';
import { hrefOf } from './paths';
import { PRINT_SLUG } from './print-paths';
import { formatShortDate } from '../deadlines/calendar';

/** The picture files kommune.yaml names (logo, favicon): served under /kommune/. */
export function brandingFiles(municipality: GuideContent['municipality']): string[] {
	return [municipality.logo?.file, municipality.favicon].filter((f): f is string => !!f);
}

const WALK_KINDS = new Set(['start', 'question', 'safety', 'step', 'ending']);

const brandingHref = (file: string) => `/kommune/${file}`;

export function chromeModel(content: GuideContent, lang: Language): ChromeModel {
	const fill = filler(content, lang);
	const link = (page: ContentPage): LinkModel => ({ href: hrefOf(lang, page.path), text: fill(page.frontmatter.title) });
	const single = (kind: Parameters<typeof singlePage>[2]) => link(singlePage(content, lang, kind));
	const { municipality } = content;
	const start = singlePage(content, lang, 'start');
	const changes = pagesOfKind(content, lang, 'changes')[0];
	return {
		lang,
		startId: start.frontmatter.id,
		themeStyle: themeStyle(municipality.theme.color),
		municipality: localize(municipality.name, lang),
		...(municipality.logo ? { logo: { src: brandingHref(municipality.logo.file), alt: localize(municipality.logo.alt, lang), showsName: municipality.logo.showsName } } : {}),
		favicon: municipality.favicon ? brandingHref(municipality.favicon) : '/favicon.svg',
		...(municipality.siteInfo
			? {
					siteInfo: {
						revised: formatShortDate(municipality.siteInfo.revised),
						version: municipality.siteInfo.version,
						accessibility: { href: municipality.siteInfo.accessibilityStatement.url, example: municipality.siteInfo.accessibilityStatement.example },
						feedback: { href: municipality.siteInfo.feedback.url, example: municipality.siteInfo.feedback.example }
					}
				}
			: {}),
		caseFile: {
			guide: localize(municipality.name, 'nb'),
			nodeIds: content.pages.nb.filter((p) => WALK_KINDS.has(p.frontmatter.kind)).map((p) => p.frontmatter.id)
		},
		links: {
			start: hrefOf(lang, start.path),
			overview: single('overview'),
			glossary: single('glossary'),
			safety: single('safety'),
			deadlines: single('deadlines'),
			note: single('note'),
			consent: single('consent'),
			...(changes ? { changes: link(changes) } : {}),
			print: hrefOf(lang, PRINT_SLUG),
			articles: pagesOfKind(content, lang, 'article').map(link)
		}
	};
}
