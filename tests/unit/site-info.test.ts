import { describe, expect, it } from 'vitest';
import { reviewDateWarning, siteInfoSchema } from '../../src/lib/site-info/schema';
import { siteInfo as info } from '../fixtures/site-info';

describe('the review date in kommune.yaml', () => {
	it('gives no warning on or before the review date', () => {
		expect(reviewDateWarning(info, '2026-11-30')).toBeUndefined();
		expect(reviewDateWarning(info, '2026-12-01')).toBeUndefined();
	});

	it('warns, naming the field and the date, once the date has passed', () => {
		expect(reviewDateWarning(info, '2026-12-02')).toEqual({
			field: 'siteInfo.nextReview',
			message: 'datoen for neste gjennomgang (2026-12-01) er passert. Gå gjennom innholdet, og sett ny revised, version og nextReview'
		});
	});

	it('gives no warning when the municipality has no siteInfo', () => {
		expect(reviewDateWarning(undefined, '2030-01-01')).toBeUndefined();
	});

	it('rejects a date that does not exist and a link that is not https or mailto', () => {
		const bad = siteInfoSchema.safeParse({ ...info, nextReview: '2026-02-30', feedback: { url: 'http://x.no' } });
		expect(bad.success).toBe(false);
		expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['nextReview', 'feedback.url']);
	});
});
