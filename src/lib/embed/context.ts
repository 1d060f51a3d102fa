import { getContext, setContext } from 'svelte';

/**
 * Where the guide's own links start: `base` on the website, `base/embed` inside the iframe,
 * so a walk that starts embedded stays embedded. `base` is the site's base path (BASE_PATH),
 * handed in by whoever renders the guide: the build, or the page's script in the browser.
 */
export interface Site {
	readonly root: string;
	readonly embedded: boolean;
}

const KEY = Symbol('site');

function siteFor(isEmbedded: () => boolean, base: () => string): Site {
	return {
		get embedded() {
			return isEmbedded();
		},
		get root() {
			return isEmbedded() ? `${base()}/embed` : base();
		}
	};
}

export function provideSite(isEmbedded: () => boolean, base: () => string): void {
	setContext<Site>(KEY, siteFor(isEmbedded, base));
}

/** The context map for rendering a component on its own (the build's static parts, tests). */
export function siteContext(embedded: boolean, base = ''): Map<symbol, Site> {
	return new Map([[KEY, siteFor(() => embedded, () => base)]]);
}

/** Outside the guide (component tests) links start at the site root. */
export function useSite(): Site {
	return getContext<Site | undefined>(KEY) ?? { root: '', embedded: false };
}
