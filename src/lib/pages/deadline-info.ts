/** The deadline rules and dates of frister.yaml in words, as pages and the note show them. */
import type { GuideContent } from '../content/guide-content';
import type { DeadlineRule, Language } from '../content/schema';
import { durationInDays, type Duration } from '../deadlines/compute';
import type { DeadlineInfoModel } from '../deadlines/rule-info';
import type { Translate } from '../i18n';
import { localize } from './content-query';
import type { DateInputModel } from './model';

/** A duration as people say it: whole weeks in weeks, anything else in days. */
function spokenDuration(duration: Duration): { weeks: boolean; count: number } {
	const weeksOnly = (duration.weeks ?? 0) > 0 && !duration.days;
	return weeksOnly ? { weeks: true, count: duration.weeks ?? 0 } : { weeks: false, count: durationInDays(duration) };
}

function ruleText(rule: DeadlineRule, from: string, t: Translate): string {
	if (rule.asSoonAsPossible) {
		if (!rule.outerLimit) return t('deadline.asSoonAsPossible', { from });
		const { weeks, count } = spokenDuration(rule.outerLimit);
		return weeks ? t('deadline.asSoonAsPossibleWeeks', { count, from }) : t('deadline.asSoonAsPossibleDays', { count, from });
	}
	const { weeks, count } = spokenDuration(rule.offset ?? {});
	if (count === 0) return t('deadline.sameDay', { from });
	return weeks ? t('deadline.weeks', { count, from }) : t('deadline.days', { count, from });
}

export function deadlineInfo(content: GuideContent, id: string, lang: Language, t: Translate): DeadlineInfoModel {
	const rule = content.deadlines.rules.find((r) => r.id === id);
	if (!rule) throw new Error(`Unknown deadline rule ${id}`);
	const from = content.deadlines.dates.find((d) => d.id === rule.from);
	if (!from) throw new Error(`Deadline rule ${id} counts from unknown date ${rule.from}`);
	return {
		id,
		label: localize(rule.label, lang),
		rule: ruleText(rule, localize(from.after, lang), t),
		source: localize(rule.source, lang),
		fromLabel: localize(from.label, lang),
		input: {
			id: rule.id,
			from: rule.from,
			caseTypes: rule.caseTypes,
			avoidDays: content.deadlines.calendar.avoidDays,
			metBy: content.deadlines.events.filter((e) => e.meets.includes(rule.id)).map((e) => e.step),
			...(rule.offset ? { offset: rule.offset } : {}),
			...(rule.asSoonAsPossible ? { asSoonAsPossible: true as const } : {}),
			...(rule.outerLimit ? { outerLimit: rule.outerLimit } : {})
		}
	};
}

export function dateInput(content: GuideContent, id: string, lang: Language): DateInputModel {
	const date = content.deadlines.dates.find((d) => d.id === id);
	if (!date) throw new Error(`Unknown date ${id}`);
	return {
		id,
		label: localize(date.label, lang),
		...(date.hint ? { hint: localize(date.hint, lang) } : {}),
		allowFuture: date.allowFuture
	};
}
