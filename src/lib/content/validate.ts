/**
 * Checks that go across files: targets that exist, the same guide in both languages,
 * a walk where every page can be reached and every path can end, and references to
 * deadline rules, reminders and resources that exist.
 */
import { LOG_TOOL_REF } from './log-tool';
import { LANGUAGES, type Language } from './schema';
import type { ContentPage, GuideContent } from './guide-content';
import type { ContentProblem } from './problems';
import { DEADLINES_FILE, MUNICIPALITY_FILE, TEXTS_FILE } from './files';
import { checkArchiveSystems, checkDeadlineFile, checkMunicipality, duplicates } from './validate-settings';
import { checkEvents } from './validate-events';
import { checkGraph } from './validate-graph';
import { checkLanguagesMatch } from './validate-parity';
import { changelogProblems } from '../site-info/changelog';
import { printPaths } from '../pages/print-paths';

export interface ValidateOptions {
	/** Ids of pages that failed their own validation: exist, but cannot be followed. */
	brokenIds?: Partial<Record<Language, Set<string>>>;
	/** Kinds of pages that failed their own validation ('*' when unknown): not reported as missing. */
	brokenKinds?: Partial<Record<Language, Set<string>>>;
	/** Every file in the content folder, read or not. */
	existingFiles?: ReadonlySet<string>;
}

const NODE_KINDS = new Set(['start', 'question', 'safety', 'step', 'ending']);
const SINGLETON_KINDS = ['start', 'safety', 'glossary', 'overview', 'deadlines', 'note', 'consent'] as const;
/** At most one of these; required only with kommune.yaml › siteInfo, whose footer links to it. */
const CHANGES_KIND = 'changes';

export function validateContent(content: GuideContent, options: ValidateOptions = {}): ContentProblem[] {
	const problems: ContentProblem[] = [];
	problems.push(...checkMunicipality(content));
	const allPagesRead = (options.brokenKinds?.nb?.size ?? 0) === 0;
	problems.push(...checkArchiveSystems(content, allPagesRead));
	problems.push(...checkDeadlineFile(content, allPagesRead));
	problems.push(...checkEvents(content));
	for (const lang of LANGUAGES) {
		problems.push(...checkLanguage(content, lang, options.brokenIds?.[lang] ?? new Set(), options.brokenKinds?.[lang] ?? new Set()));
	}
	problems.push(...checkLanguagesMatch(content, options.brokenIds ?? {}, options.existingFiles));
	return problems;
}

function checkLanguage(content: GuideContent, lang: Language, brokenIds: Set<string>, brokenKinds: Set<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const pages = content.pages[lang];
	const texts = content.texts[lang];
	const byId = new Map<string, ContentPage>();
	const levelIds = new Set(content.municipality.levels.map((l) => l.id));
	const ruleIds = new Set(content.deadlines.rules.map((r) => r.id));
	const dateIds = new Set(content.deadlines.dates.map((d) => d.id));
	const resourceIds = new Set(content.municipality.resources.map((r) => r.id));

	for (const page of pages) {
		const other = byId.get(page.frontmatter.id);
		if (other) {
			problems.push({
				file: page.file,
				field: 'id',
				message: `id-en «${page.frontmatter.id}» brukes også i ${other.file}; hver side må ha sin egen id`
			});
		} else {
			byId.set(page.frontmatter.id, page);
		}
	}

	const siteInfo = content.municipality.siteInfo;
	for (const kind of [...SINGLETON_KINDS, CHANGES_KIND]) {
		const found = pages.filter((p) => p.frontmatter.kind === kind);
		const mayBeBroken = brokenKinds.has(kind) || brokenKinds.has('*');
		const required = kind !== CHANGES_KIND || siteInfo !== undefined;
		if (found.length === 0 && required && !mayBeBroken) {
			const why = kind === CHANGES_KIND ? ' («Hva er endret»): bunnteksten viser versjonen fra kommune.yaml › siteInfo og lenker dit' : '';
			problems.push({ file: `${lang}/`, message: `mangler en side med kind: ${kind}${why}` });
		} else if (found.length > 1) {
			problems.push({
				file: found[1]?.file ?? `${lang}/`,
				field: 'kind',
				message: `bare én side kan ha kind: ${kind} (også ${found[0]?.file})`
			});
		}
	}

	for (const page of pages) {
		if (page.frontmatter.kind !== CHANGES_KIND) continue;
		for (const problem of changelogProblems(page.frontmatter.entries, siteInfo)) problems.push({ file: page.file, ...problem });
	}
	// `niva-1.md` and `niva-1/index.md` are both /nb/niva-1/: the build would show one and drop the other.
	const byPath = new Map<string, ContentPage>();
	for (const page of pages) {
		const other = byPath.get(page.path);
		if (!other) byPath.set(page.path, page);
		else problems.push({ file: page.file, message: `har samme adresse (/${lang}/${page.path ? `${page.path}/` : ''}) som ${other.file}, så bare én av dem ville blitt vist; gi den ene et annet navn` });
	}
	// The print pages are made from the levels: a content page may not take their address.
	const printAt = new Set(printPaths(content, lang).map((p) => p.path));
	for (const page of pages) {
		if (printAt.has(page.path)) {
			problems.push({ file: page.file, message: `adressen /${lang}/${page.path}/ brukes av en utskriftsside; gi filen et annet navn` });
		}
	}

	const stepNumbers = new Map<string, Map<number, ContentPage>>();
	for (const page of pages) {
		const fm = page.frontmatter;
		if (fm.kind === 'level' || fm.kind === 'step') {
			if (!levelIds.has(fm.level)) {
				problems.push({
					file: page.file,
					field: 'level',
					message: `nivået «${fm.level}» finnes ikke i ${MUNICIPALITY_FILE} (levels)`
				});
			}
		}
		if (fm.kind === 'step') {
			const numbers = stepNumbers.get(fm.level) ?? new Map<number, ContentPage>();
			const clash = numbers.get(fm.step);
			if (clash) {
				problems.push({
					file: page.file,
					field: 'step',
					message: `${fm.level} har trinn ${fm.step} to ganger (også ${clash.file})`
				});
			}
			numbers.set(fm.step, page);
			stepNumbers.set(fm.level, numbers);
			const unknown = (ids: string[], known: (id: string) => boolean, field: string, describe: (id: string) => string) =>
				ids.forEach((id, i) => {
					if (!known(id)) problems.push({ file: page.file, field: `${field}.${i}`, message: describe(id) });
				});
			unknown(fm.reminders, (id) => id in texts.reminders, 'reminders', (id) => `påminnelsen «${id}» finnes ikke i ${lang}/${TEXTS_FILE}`);
			unknown(fm.deadlines, (id) => ruleIds.has(id), 'deadlines', (id) => `fristen «${id}» finnes ikke i ${DEADLINES_FILE} (rules)`);
			unknown(fm.dates, (id) => dateIds.has(id), 'dates', (id) => `datoen «${id}» finnes ikke i ${DEADLINES_FILE} (dates)`);
			fm.resources.forEach((resource, i) => {
				if ('ref' in resource && !resourceIds.has(resource.ref) && resource.ref !== LOG_TOOL_REF) {
					problems.push({
						file: page.file,
						field: `resources.${i}.ref`,
						message: `ressursen «${resource.ref}» finnes ikke i ${MUNICIPALITY_FILE} (resources)`
					});
				}
			});
		}
		if ('question' in fm) {
			for (const id of duplicates(fm.question.answers.map((a) => a.id))) {
				problems.push({ file: page.file, field: 'question.answers', message: `svaret «${id}» står flere ganger` });
			}
		}
	}

	for (const level of content.municipality.levels) {
		const levelMayBeBroken = brokenKinds.has('level') || brokenKinds.has('*');
		if (!levelMayBeBroken && !pages.some((p) => p.frontmatter.kind === 'level' && p.frontmatter.level === level.id)) {
			problems.push({
				file: `${lang}/`,
				message: `nivået «${level.id}» mangler en nivåside (kind: level, level: ${level.id})`
			});
		}
		const numbers = [...(stepNumbers.get(level.id)?.keys() ?? [])].sort((a, b) => a - b);
		numbers.forEach((n, i) => {
			// A step that failed validation leaves a gap that is not a numbering mistake.
			if (n !== i + 1 && brokenIds.size === 0) {
				const page = stepNumbers.get(level.id)?.get(n);
				problems.push({
					file: page?.file ?? `${lang}/`,
					field: 'step',
					message: `trinnene i ${level.id} må være nummerert 1, 2, 3 … uten hull (fant ${numbers.join(', ')})`
				});
			}
		});
	}

	problems.push(...checkAnswerTargets(pages, brokenIds));
	problems.push(...checkGraph(pages, lang, brokenIds));
	return problems;
}

/**
 * Every answer leads to a page that exists and asks a question or ends the walk. Only a step may
 * lead back to itself: that answer is «ikke ennå», and the user stays on the step.
 */
export function checkAnswerTargets(pages: ContentPage[], brokenIds: Set<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byId = new Map<string, ContentPage>();
	for (const page of pages) if (!byId.has(page.frontmatter.id)) byId.set(page.frontmatter.id, page);
	for (const page of pages) {
		const fm = page.frontmatter;
		if (!('question' in fm)) continue;
		fm.question.answers.forEach((answer, i) => {
			const target = byId.get(answer.next);
			if (answer.next === fm.id && fm.kind !== 'step') {
				problems.push({
					file: page.file,
					field: `question.answers.${i}.next`,
					message: `svaret «${answer.id}» fører tilbake til samme side; bare et trinn kan ha et slikt «ikke ennå»-svar`
				});
			} else if (answer.next === fm.id && answer.conclusion !== undefined) {
				problems.push({
					file: page.file,
					field: `question.answers.${i}.conclusion`,
					message: `svaret «${answer.id}» fører tilbake til samme trinn («ikke ennå») og blir ikke registrert; ta bort conclusion`
				});
			} else if (!target && !brokenIds.has(answer.next)) {
				problems.push({
					file: page.file,
					field: `question.answers.${i}.next`,
					message: `svaret «${answer.id}» peker til «${answer.next}», som ikke finnes`
				});
			} else if (target && !NODE_KINDS.has(target.frontmatter.kind)) {
				problems.push({
					file: page.file,
					field: `question.answers.${i}.next`,
					message: `svaret «${answer.id}» peker til «${answer.next}», som er en side av typen ${target.frontmatter.kind}; et svar må føre til et trinn, et spørsmål eller en avslutning`
				});
			}
		});
	}
	return problems;
}
