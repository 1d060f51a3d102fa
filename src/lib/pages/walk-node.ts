/**
 * What the walk records when a page's question is answered: the node and its answers in both
 * languages, so a recorded walk can be shown in either after a language switch.
 */
import type { ContentPage, GuideContent } from '../content/guide-content';
import { LANGUAGES, type Answer, type Language } from '../content/schema';
import { filler } from './content-query';
import type { WalkNodeModel } from './model';

/** The answer `answerId` on `page` (the same page in another language), if it has it. */
function answerIn(page: ContentPage, answerId: string): Answer | undefined {
	return 'question' in page.frontmatter ? page.frontmatter.question.answers.find((x) => x.id === answerId) : undefined;
}

export function walkNodeModel(content: GuideContent, page: ContentPage): WalkNodeModel | undefined {
	const fm = page.frontmatter;
	if (!('question' in fm)) return undefined;
	const both = (pick: (p: ContentPage, lang: Language) => string) =>
		Object.fromEntries(
			LANGUAGES.map((lang) => {
				const translated = content.pages[lang].find((p) => p.frontmatter.id === fm.id) ?? page;
				return [lang, filler(content, lang)(pick(translated, lang))];
			})
		) as Record<Language, string>;
	const paths = new Map(content.pages[page.lang].map((p) => [p.frontmatter.id, p.path]));
	return {
		node: {
			id: fm.id,
			path: page.path,
			kind: fm.kind,
			title: both((p) => p.frontmatter.title),
			question: both((p, lang) =>
				'question' in p.frontmatter ? (p.frontmatter.question.text ?? content.texts[lang].defaultQuestion) : ''
			),
			contactsGuardians: fm.kind === 'step' && fm.contactsGuardians,
			...(content.deadlines.events.some((e) => e.step === fm.id) ? { recordsEvent: true as const } : {})
		},
		answers: fm.question.answers.map((a) => ({
			id: a.id,
			next: a.next,
			nextPath: paths.get(a.next) ?? '',
			label: both((p) => answerIn(p, a.id)?.label ?? a.label),
			...(a.conclusion ? { conclusion: both((p) => answerIn(p, a.id)?.conclusion ?? a.conclusion ?? a.label) } : {}),
			...(a.sets ? { sets: a.sets } : {}),
			...(a.safetyConcern ? { safetyConcern: true } : {})
		}))
	};
}
