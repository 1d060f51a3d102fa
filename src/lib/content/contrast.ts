/**
 * WCAG 2.1 contrast between two sRGB colours (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
 * Used by check:content to refuse a theme colour that would make text hard to read.
 */

/** Normal text needs 4.5:1 under WCAG 2.1 AA (success criterion 1.4.3). */
export const AA_NORMAL_TEXT = 4.5;

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new Error(`Not a #RRGGBB colour: ${hex}`);
	const [r, g, b] = [match[1], match[2], match[3]].map((h) => channel(parseInt(h ?? '0', 16))) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}
