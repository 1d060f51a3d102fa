/**
 * The municipality's main colour as Designsystemet accent tokens. The colour is used for
 * buttons (white text on it), links and borders (it on white), so check:content makes sure
 * it reaches 4.5:1 against white. Lighter and darker shades are mixed from it in CSS.
 */
export function themeStyle(color: string): string {
	const tokens: Record<string, string> = {
		'--ds-color-accent-base-default': color,
		'--ds-color-accent-base-hover': `color-mix(in srgb, ${color} 85%, black)`,
		'--ds-color-accent-base-active': `color-mix(in srgb, ${color} 70%, black)`,
		'--ds-color-accent-text-subtle': color,
		'--ds-color-accent-text-default': `color-mix(in srgb, ${color} 55%, black)`,
		'--ds-color-accent-border-default': color,
		'--ds-color-accent-border-strong': `color-mix(in srgb, ${color} 80%, black)`,
		'--ds-color-accent-border-subtle': `color-mix(in srgb, ${color} 40%, white)`,
		'--ds-color-accent-background-tinted': `color-mix(in srgb, ${color} 7%, white)`,
		'--ds-color-accent-surface-tinted': `color-mix(in srgb, ${color} 14%, white)`,
		'--ds-color-accent-surface-hover': `color-mix(in srgb, ${color} 22%, white)`,
		'--ds-color-accent-surface-active': `color-mix(in srgb, ${color} 30%, white)`
	};
	return Object.entries(tokens)
		.map(([name, value]) => `${name}: ${value}`)
		.join('; ');
}
