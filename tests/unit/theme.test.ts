import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/lib/content/contrast';
import { themeStyle } from '../../src/lib/content/theme';

describe('contrast', () => {
	it('matches the WCAG definition at the extremes and for known pairs', () => {
		expect(relativeLuminance('#000000')).toBe(0);
		expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
		// #767676 is the lightest grey that passes 4.5:1 on white.
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
		// Designsystemet's default accent.
		expect(contrastRatio('#0062ba', '#ffffff')).toBeCloseTo(6.08, 2);
	});

	it('rejects what is not a colour', () => {
		expect(() => relativeLuminance('blue')).toThrow(/#RRGGBB/);
	});
});

describe('themeStyle', () => {
	it('sets the accent tokens from one colour', () => {
		const style = themeStyle('#7a1f5c');
		expect(style).toContain('--ds-color-accent-base-default: #7a1f5c');
		expect(style).toContain('--ds-color-accent-text-subtle: #7a1f5c');
		expect(style).toContain('--ds-color-accent-base-hover: color-mix(in srgb, #7a1f5c 85%, black)');
	});
});
