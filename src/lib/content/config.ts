import { resolve } from 'node:path';

/**
 * Which content folder the site is built from. `CONTENT_DIR` selects another
 * municipality's guide (see README: «Bruke et annet innhold»).
 */
export function contentDir(): string {
	return resolve(process.cwd(), process.env.CONTENT_DIR || 'content');
}
