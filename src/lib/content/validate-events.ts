/** Checks `events` in frister.yaml: each names a step that asks a question, once, and meets rules that exist. */
import type { GuideContent } from './guide-content';
import type { ContentProblem } from './problems';
import { DEADLINES_FILE } from './files';

const ASKING_KINDS = new Set(['start', 'question', 'safety', 'step']);

export function checkEvents(content: GuideContent): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ruleIds = new Set(content.deadlines.rules.map((r) => r.id));
	const kinds = new Map(content.pages.nb.map((p) => [p.frontmatter.id, p.frontmatter.kind]));
	const seen = new Set<string>();
	content.deadlines.events.forEach((event, i) => {
		const kind = kinds.get(event.step);
		if (kind === undefined) {
			problems.push({ file: DEADLINES_FILE, field: `events.${i}.step`, message: `trinnet «${event.step}» finnes ikke` });
		} else if (!ASKING_KINDS.has(kind)) {
			problems.push({
				file: DEADLINES_FILE,
				field: `events.${i}.step`,
				message: `«${event.step}» er en side av typen ${kind}; bare en side med et spørsmål kan spørre når noe skjedde`
			});
		}
		if (seen.has(event.step)) {
			problems.push({ file: DEADLINES_FILE, field: `events.${i}.step`, message: `trinnet «${event.step}» står flere ganger under events` });
		}
		seen.add(event.step);
		event.meets.forEach((ruleId, j) => {
			if (!ruleIds.has(ruleId)) {
				problems.push({ file: DEADLINES_FILE, field: `events.${i}.meets.${j}`, message: `fristen «${ruleId}» finnes ikke under rules` });
			}
		});
	});
	return problems;
}
