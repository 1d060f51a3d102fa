import type { ParamMatcher } from '@sveltejs/kit';

/** `/embed/…`: the same pages without the site's header and footer, for an iframe. */
export const match: ParamMatcher = (param) => param === 'embed';
