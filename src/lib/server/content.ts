/**
 * The guide's content for the build: loaded and validated once, with markdown bodies
 * rendered through mdsvex. Server-only, so content never lands in the client bundle: each
 * prerendered page carries only its own data.
 */
import { relative } from 'node:path';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { contentDir } from '$lib/content/config';
import { loadContent, type ContentPage, type GuideContent } from '$lib/content/loader';
import { formatProblems } from '$lib/content/problems';

// Every markdown file is compiled by mdsvex (see svelte.config.js); loaded on demand.
const markdownModules = import.meta.glob<{ default: Component }>(['/content/**/*.md', '/examples/**/*.md']);

let cached: GuideContent | undefined;

export function guideContent(): GuideContent {
	if (cached) return cached;
	const { content, problems } = loadContent(contentDir());
	if (!content) throw new Error(formatProblems(problems));
	cached = content;
	return content;
}

export async function renderBody(page: ContentPage): Promise<string> {
	const key = `/${relative(process.cwd(), contentDir()).split('\\').join('/')}/${page.file}`;
	const load = markdownModules[key];
	if (!load) throw new Error(`No compiled markdown for ${key}`);
	const module = await load();
	// Hydration markers are meaningless in static HTML that is injected with {@html}.
	return render(module.default).body.replace(/<!--[\[\]!]?-->/g, '').trim();
}

export function findPage(lang: ContentPage['lang'], path: string): ContentPage | undefined {
	return guideContent().pages[lang].find((p) => p.path === path);
}
