/**
 * A build for the public (RELEASE=1) must not carry the shipped example values in a phone
 * number or a link: a worried employee could dial a number that reaches no one. The default
 * build and the test builds keep working with example content (those are warnings there).
 */
import type { GuideContent } from './guide-content';
import type { Municipality } from './schema';
import { MUNICIPALITY_FILE } from './files';
import type { ContentProblem } from './problems';

/** True when the build is for the public: `RELEASE=1 npm run build`. */
export function isReleaseBuild(env: Record<string, string | undefined> = process.env): boolean {
	return env.RELEASE === '1';
}

const REFUSED = 'er et eksempel; en publisering (RELEASE=1) kan ikke ha eksempelverdier i telefonnumre og lenker. Legg inn kommunens egen verdi og fjern «example: true»';

/** Every phone number and link in kommune.yaml still marked `example: true`, as problems naming file and field. */
export function releaseProblems(content: GuideContent): ContentProblem[] {
	const m = content.municipality;
	const file = MUNICIPALITY_FILE;
	const problems: ContentProblem[] = [];
	m.contacts.forEach((c, i) => {
		if (c.example) problems.push({ file, field: `contacts.${i}.number`, message: `telefonnummeret til «${c.id}» ${REFUSED}` });
	});
	if (m.logTool.example && m.logTool.url) problems.push({ file, field: 'logTool.url', message: `lenken til loggverktøyet ${REFUSED}` });
	if (m.siteInfo?.accessibilityStatement.example) {
		problems.push({ file, field: 'siteInfo.accessibilityStatement.url', message: `lenken til tilgjengelighetserklæringen ${REFUSED}` });
	}
	if (m.siteInfo?.feedback.example) problems.push({ file, field: 'siteInfo.feedback.url', message: `lenken for tilbakemelding ${REFUSED}` });
	if (m.reportForm?.example) problems.push({ file, field: 'reportForm.url', message: `lenken til den skriftlige bekymringsmeldingen ${REFUSED}` });
	return problems;
}

/** Resources marked `missing: true` (no link yet): warnings, so the editor sees what is left to do. */
export function missingResourceWarnings(content: GuideContent): ContentProblem[] {
	const warnings: ContentProblem[] = [];
	content.municipality.resources.forEach((r, i) => {
		if (r.missing) warnings.push({ file: MUNICIPALITY_FILE, field: `resources.${i}`, message: `ressursen «${r.id}» har ingen lenke ennå (missing: true)` });
	});
	for (const page of content.pages.nb.concat(content.pages.nn)) {
		if (page.frontmatter.kind !== 'step') continue;
		page.frontmatter.resources.forEach((r, i) => {
			if ('missing' in r && r.missing) {
				warnings.push({ file: page.file, field: `resources.${i}`, message: `ressursen «${r.title}» har ingen lenke ennå (missing: true)` });
			}
		});
	}
	return warnings;
}

/** The same example values, as warnings for an ordinary build and check:content. */
export function exampleValueWarnings(municipality: Municipality): ContentProblem[] {
	const warnings: ContentProblem[] = [];
	const file = MUNICIPALITY_FILE;
	if (municipality.example) {
		warnings.push({ file, field: 'example', message: 'kommunefilen har fortsatt eksempelverdier' });
	}
	municipality.contacts.forEach((contact, i) => {
		if (contact.example) {
			warnings.push({ file, field: `contacts.${i}.number`, message: `telefonnummeret til «${contact.id}» er et eksempel` });
		}
	});
	for (const key of ['accessibilityStatement', 'feedback'] as const) {
		if (municipality.siteInfo?.[key].example) warnings.push({ file, field: `siteInfo.${key}.url`, message: 'lenken er et eksempel' });
	}
	if (municipality.reportForm?.example) {
		warnings.push({ file, field: 'reportForm.url', message: 'lenken til den skriftlige bekymringsmeldingen er et eksempel' });
	}
	if (municipality.logTool.example) {
		warnings.push({ file, field: 'logTool', message: 'lenken til loggverktøyet er et eksempel' });
	}
	return warnings;
}
