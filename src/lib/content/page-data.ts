import type { GuideAppProps } from '$lib/components/GuideApp.svelte';
import type { Strings } from '$lib/i18n/translate';

/**
 * What the build writes into each page of the guide for its script (src/client/guide.ts): the
 * props of the component that rendered the page, and the UI strings the page uses.
 */
export interface GuidePageData {
	props: GuideAppProps;
	strings: Strings[];
}

/** The element the guide is rendered into, and the JSON script element with its data. */
export const ROOT_ID = 'guide';
export const DATA_ID = 'guide-data';
