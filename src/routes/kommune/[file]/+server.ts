import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { contentDir } from '$lib/content/config';
import { brandingFiles } from '$lib/pages/chrome';
import { guideContent } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

/** The municipality's logo and favicon, copied from the content folder into the built site. */
export const prerender = true;

export const entries: EntryGenerator = () => brandingFiles(guideContent().municipality).map((file) => ({ file }));

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png' };

export const GET: RequestHandler = ({ params }) => {
	const file = brandingFiles(guideContent().municipality).find((f) => f === params.file);
	if (!file) error(404, 'Not found');
	const path = join(contentDir(), file);
	// check:content refuses a symlink; this keeps one from being followed even so.
	if (!lstatSync(path).isFile()) error(404, 'Not found');
	return new Response(readFileSync(path), {
		headers: { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' }
	});
};
