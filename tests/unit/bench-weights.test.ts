import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetsOf, pageWeights, staticImports } from '../../scripts/bench/weights.mjs';

describe('what a built page loads on first visit (scripts/bench/weights.mjs)', () => {
	it('follows static imports and re-exports, not import() that loads only when it runs', () => {
		const code = 'import{a as b}from"../chunks/A.js";import"./side.js";export{c}from"./re.js";import*as d from "/_app/abs.js";const l=()=>import("./lazy.js");import.meta.url;';
		expect(staticImports(code)).toEqual(['../chunks/A.js', './side.js', './re.js', '/_app/abs.js']);
		expect(staticImports('import{x}from"svelte";')).toEqual([]);
	});

	describe('a SvelteKit page (inline start-up script, modulepreload links)', () => {
		const root = mkdtempSync(join(tmpdir(), 'weights-'));
		afterAll(() => rmSync(root, { recursive: true, force: true }));
		const write = (path: string, text: string) => {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		};
		const imm = '_app/immutable';
		write(`${imm}/entry/start.S.js`, 'import{c}from"../chunks/C.js";export{c as start};');
		write(`${imm}/entry/app.A.js`, 'import"../chunks/C.js";const nodes=[()=>import("../nodes/0.N.js"),()=>import("../nodes/1.E.js"),()=>import("../nodes/2.P.js")];');
		write(`${imm}/chunks/C.js`, 'export const c=1;');
		write(`${imm}/nodes/0.N.js`, 'import{c}from"../chunks/C.js";');
		write(`${imm}/nodes/1.E.js`, 'export const error=1;');
		write(`${imm}/nodes/2.P.js`, 'import{d}from"../chunks/D.js";');
		write(`${imm}/chunks/D.js`, 'export const d=2;');
		write(`${imm}/assets/0.css`, 'body{margin:0}');
		write(
			'nb/index.html',
			`<!doctype html><html><head>
<link rel="icon" href="/kommune/favicon.svg">
<link href="../${imm}/assets/0.css" rel="stylesheet">
<link href="../${imm}/entry/start.S.js" rel="modulepreload">
<link href="../${imm}/nodes/0.N.js" rel="modulepreload">
<link href="../${imm}/nodes/2.P.js" rel="modulepreload">
</head><body><div style="display: contents">
<script>
	{
		Promise.all([import("../${imm}/entry/start.S.js"), import("../${imm}/entry/app.A.js")]).then(([kit, app]) => kit.start(app, element, { node_ids: [0, 2] }));
	}
</script></div></body></html>`
		);

		it('counts the start script’s imports, the preloaded nodes, what they import statically, and the CSS', () => {
			const files = assetsOf(join(root, 'nb/index.html'))
				.map((file) => file.slice(root.length + 1))
				.sort();
			// chunks/D.js is not preloaded, but the route's node imports it; nodes/1.E.js (the error
			// page) is only behind app.A.js's import().
			expect(files).toEqual([
				`${imm}/assets/0.css`,
				`${imm}/chunks/C.js`,
				`${imm}/chunks/D.js`,
				`${imm}/entry/app.A.js`,
				`${imm}/entry/start.S.js`,
				`${imm}/nodes/0.N.js`,
				`${imm}/nodes/2.P.js`
			]);
		});

		it('sums them per page', () => {
			const [row] = pageWeights(root);
			expect(row).toMatchObject({ page: '/nb/' });
			expect(row!.js).toBe(
				['entry/start.S.js', 'entry/app.A.js', 'chunks/C.js', 'chunks/D.js', 'nodes/0.N.js', 'nodes/2.P.js'].reduce((sum, f) => sum + Buffer.byteLength(readFileSync(join(root, imm, f), 'utf8')), 0)
			);
			expect(row!.css).toBe('body{margin:0}'.length);
		});
	});
});
