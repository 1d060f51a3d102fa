import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import type { PluginOption } from 'vite';
import type { AtRule, Plugin, Rule } from 'postcss';
import { resolve } from 'node:path';

/**
 * The guide is always light (`data-color-scheme="light"` in app.html) and uses one typeface:
 * Designsystemet's dark and automatic colour schemes and its secondary typography never
 * apply, so they are left out of the CSS every page loads.
 */
const UNUSED_THEME_LAYERS = new Set(['ds.theme.color-scheme.dark', 'ds.theme.typography.secondary']);
const dropUnusedThemeParts: Plugin = {
	postcssPlugin: 'drop-unused-theme-parts',
	AtRule: {
		layer(rule: AtRule) {
			if (UNUSED_THEME_LAYERS.has(rule.params)) rule.remove();
		}
	},
	Rule(rule: Rule) {
		if (rule.selector.replace(/\s/g, '') !== '[data-color-scheme=auto]') return;
		const parent = rule.parent;
		rule.remove();
		if (parent?.type === 'atrule' && parent.nodes?.length === 0) parent.remove();
	}
};

/**
 * Under `npm run dev`, a saved content file reloads the page: the content is data read by the
 * server load (lib/server/content.ts), not a module Vite would watch by itself.
 */
function reloadOnContentChange(): PluginOption {
	return {
		name: 'handlingsveilederen:reload-on-content-change',
		apply: 'serve',
		configureServer(server) {
			const dir = resolve(process.env.CONTENT_DIR || 'content');
			server.watcher.add(dir);
			server.watcher.on('all', (_event, file) => {
				if (file.startsWith(dir)) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), reloadOnContentChange()],
	// Rolldown's note that prerendering (SvelteKit's writeBundle) takes most of the build is expected here.
	build: {
		rolldownOptions: {
			checks: { bundlerTimings: false },
			/*
			 * Each kind of page loads its own view on demand (+page.ts); what the pages share comes in
			 * two chunks instead of one per module: the packages (SvelteKit, Svelte, i18next) and our
			 * own modules used by more than one chunk. Fewer files cost fewer requests and compress
			 * better (docs/adr/0016-kode-per-sidetype.md).
			 */
			output: {
				codeSplitting: {
					groups: [
						{ name: 'framework', test: /node_modules/, priority: 20 },
						{ name: 'shared', minShareCount: 2, priority: 10 }
					]
				}
			}
		}
	},
	css: { postcss: { plugins: [dropUnusedThemeParts] } },
	test: {
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					setupFiles: ['tests/setup-i18n.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/setup-i18n.ts', 'tests/component/setup.ts']
				}
			}
		]
	}
});
