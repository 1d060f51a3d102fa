/** Opening hours in words, at build time: «Hverdager kl. 08.00–15.30». */
import type { Translate } from '../i18n';
import type { OpeningHours } from './schema';

/** Norwegian clock style: 08:00 → 08.00. */
const clock = (value: string) => value.replace(':', '.');

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

export function formatHours(hours: OpeningHours, t: Translate): string {
	if (hours.some((p) => p.days === 'every-day' && p.from === '00:00' && p.to === '24:00')) return t('safetyPage.hours.always');
	const parts = hours.map((p) => {
		const days = t(`safetyPage.hours.${p.days}`);
		if (p.from === '00:00' && p.to === '24:00') return t('safetyPage.hours.allDay', { days });
		return t('safetyPage.hours.period', { days, from: clock(p.from), to: clock(p.to) });
	});
	return capitalize(parts.join('; '));
}

/** The `tel:` address of a number, or none for an example number (it must never be dialled). */
export function telHref(number: string, example: boolean): string | undefined {
	return example ? undefined : `tel:${number.replace(/\s+/g, '')}`;
}
