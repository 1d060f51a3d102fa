/**
 * Checks of the two settings files (kommune.yaml and frister.yaml) against the rest of the
 * content: ids that repeat, a theme colour with too little contrast, resources without a link,
 * and services, case types and dates that no answer or date sets.
 */
import type { GuideContent } from './guide-content';
import type { ContentProblem } from './problems';
import { DEADLINES_FILE, MUNICIPALITY_FILE } from './files';
import { AA_NORMAL_TEXT, contrastRatio } from './contrast';

/** The values that occur more than once. */
export function duplicates(values: readonly string[]): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const v of values) (seen.has(v) ? repeated : seen).add(v);
	return [...repeated];
}

export function checkMunicipality({ municipality }: GuideContent): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const id of duplicates(municipality.levels.map((l) => l.id))) {
		problems.push({ file: MUNICIPALITY_FILE, field: 'levels', message: `nivået «${id}» står flere ganger` });
	}
	for (const id of duplicates(municipality.resources.map((r) => r.id))) {
		problems.push({ file: MUNICIPALITY_FILE, field: 'resources', message: `ressursen «${id}» står flere ganger` });
	}
	const color = municipality.theme.color;
	const ratio = contrastRatio(color, '#ffffff');
	if (ratio < AA_NORMAL_TEXT) {
		problems.push({
			file: MUNICIPALITY_FILE,
			field: 'theme.color',
			message: `fargen ${color} har kontrast ${ratio.toFixed(2)}:1 mot hvitt. Den brukes til lenker på hvit bakgrunn og til knapper med hvit tekst, og WCAG 2.1 AA krever minst ${AA_NORMAL_TEXT}:1 for vanlig tekst. Velg en mørkere farge.`
		});
	}
	municipality.resources.forEach((r, i) => {
		if (!r.url && !r.missing) {
			problems.push({
				file: MUNICIPALITY_FILE,
				field: `resources.${i}`,
				message: `ressursen «${r.id}» må ha enten url eller missing: true`
			});
		}
	});
	return problems;
}

/** The values answers set for a fact (`sets: { caseType: … }`). */
function factValuesInAnswers(content: GuideContent, fact: string): Set<string> {
	const found = new Set<string>();
	for (const page of content.pages.nb) {
		const fm = page.frontmatter;
		if (!('question' in fm)) continue;
		for (const answer of fm.question.answers) {
			const value = answer.sets?.[fact];
			if (value) found.add(value);
		}
	}
	return found;
}

/**
 * `allPagesRead`: false when a bokmål page could not be read; the answers it holds are unknown, so
 * a value no answer sets is not reported (the page's own problem is the one to fix).
 */
export function checkArchiveSystems(content: GuideContent, allPagesRead = true): ContentProblem[] {
	const services = factValuesInAnswers(content, 'service');
	return Object.keys(content.municipality.archiveSystems)
		.filter((service) => allPagesRead && !services.has(service))
		.map((service) => ({
			file: MUNICIPALITY_FILE,
			field: `archiveSystems.${service}`,
			message: `tjenesten «${service}» settes ikke av noe svar (sets: service: ${service}). ${services.size > 0 ? `Tjenestene er: ${[...services].join(', ')}` : 'Ingen svar setter en tjeneste.'}`
		}));
}

export function checkDeadlineFile(content: GuideContent, allPagesRead = true): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const { dates, rules } = content.deadlines;
	const dateIds = new Set(dates.map((d) => d.id));
	const caseTypes = factValuesInAnswers(content, 'caseType');
	for (const id of duplicates(dates.map((d) => d.id))) {
		problems.push({ file: DEADLINES_FILE, field: 'dates', message: `datoen «${id}» står flere ganger` });
	}
	for (const id of duplicates(rules.map((r) => r.id))) {
		problems.push({ file: DEADLINES_FILE, field: 'rules', message: `fristen «${id}» står flere ganger` });
	}
	rules.forEach((rule, i) => {
		if (!dateIds.has(rule.from)) {
			problems.push({
				file: DEADLINES_FILE,
				field: `rules.${i}.from`,
				message: `fristen «${rule.id}» regnes fra datoen «${rule.from}», som ikke finnes under dates`
			});
		}
		rule.caseTypes.forEach((caseType, j) => {
			if (allPagesRead && !caseTypes.has(caseType)) {
				problems.push({
					file: DEADLINES_FILE,
					field: `rules.${i}.caseTypes.${j}`,
					message: `sakstypen «${caseType}» settes ikke av noe svar (sets: caseType: ${caseType})`
				});
			}
		});
	});
	return problems;
}
