/**
 * docs/flyt.md as text: the walk of each language as a Mermaid flowchart, with a short intro
 * in Norwegian. Pure: `npm run docs:flow` writes what this returns, and a unit test checks
 * that the committed file equals it for content/.
 */
import type { GuideContent } from '../content/guide-content';
import { LANGUAGES, type Language } from '../content/schema';
import { filler, localize } from '../pages/content-query';
import { buildFlowchart, type FlowchartStats } from './mermaid';

export const FLOW_DOC_FILE = 'docs/flyt.md';

const LANGUAGE_HEADINGS: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk' };

export interface FlowDoc {
	text: string;
	stats: Record<Language, FlowchartStats>;
}

export function buildFlowDoc(content: GuideContent): FlowDoc {
	const stats = {} as Record<Language, FlowchartStats>;
	const sections: string[] = [];
	for (const lang of LANGUAGES) {
		const chart = buildFlowchart(
			content.pages[lang].map((p) => p.frontmatter),
			{
				levels: content.municipality.levels.map((l) => ({ id: l.id, label: localize(l.label, lang) })),
				direction: 'TD',
				fill: filler(content, lang)
			}
		);
		stats[lang] = chart.stats;
		sections.push(
			[
				`## ${LANGUAGE_HEADINGS[lang]}`,
				'',
				`${chart.stats.nodes} sider og ${chart.stats.edges} svar.`,
				'',
				'```mermaid',
				chart.text.trimEnd(),
				'```'
			].join('\n')
		);
	}
	const intro = [
		'# Flyten i veilederen',
		'',
		'Denne filen viser hele svargrafen i veilederen: hvilke sider veiviseren går gjennom, og hvor',
		'hvert svar fører. Den lages av `npm run docs:flow` fra filene i `content/`, så ikke rediger',
		'den for hånd. Endrer du innholdet, kjører du kommandoen på nytt. En test feiler hvis filen',
		'ikke stemmer med innholdet.',
		'',
		'Slik leser du grafen:',
		'',
		'- Startsiden har dobbel kant, spørsmålssidene er sekskanter, og trinnene er firkanter, samlet',
		'  per nivå.',
		'- Sikkerhetssiden (mistanke om vold eller overgrep) er rød og formet som et flagg.',
		'- Avslutningene er grønne og avrundet.',
		'- Pilene er svarene. Tykke, røde piler er svar som betyr mistanke om vold eller overgrep',
		'  (`safetyConcern: true`).',
		'',
		'GitHub og de fleste editorer viser grafen direkte. Ellers kan du lime den inn på',
		'<https://mermaid.live/>.'
	].join('\n');
	return { text: `${intro}\n\n${sections.join('\n\n')}\n`, stats };
}

/** The whole of docs/flyt.md for `content`. */
export function renderFlowDoc(content: GuideContent): string {
	return buildFlowDoc(content).text;
}
