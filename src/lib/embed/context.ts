import { getContext, setContext } from 'svelte';
import { base } from '$app/paths';

/**
 * Where the guide's own links start: `base` on the website, `base/embed` inside the iframe,
 * so a walk that starts embedded stays embedded.
 */
export interface Site {
	readonly root: string;
	readonly embedded: boolean;
}

const KEY = Symbol('site');

function siteFor(isEmbedded: () => boolean): Site {
	return {
		get embedded() {
			return isEmbedded();
		},
		get root() {
			return isEmbedded() ? `${base}/embed` : base;
		}
	};
}

export function provideSite(isEmbedded: () => boolean): void {
	setContext<Site>(KEY, siteFor(isEmbedded));
}

/** The context map for rendering a component on its own (the build's static parts, tests). */
export function siteContext(embedded: boolean): Map<symbol, Site> {
	return new Map([[KEY, siteFor(() => embedded)]]);
}

/** Outside the guide's layout (component tests) links start at `base`. */
export function useSite(): Site {
	return getContext<Site | undefined>(KEY) ?? { root: base, embedded: false };
}
