/**
 * reports/bench.md: one `npm run bench` run as Markdown (bokmål, as the README that points to
 * it): when and on what machine, which budgets held, the Lighthouse table with the bare
 * SvelteKit page, answer→step and the 10× guide. Pure; unit-tested in
 * tests/unit/bench-report.test.ts. `report` is what bench.mjs writes to reports/bench.json.
 */
import { BUDGETS, KiB, budgetOutcomes } from './budgets.mjs';

/** @param {number | null | undefined} n @param {number} digits */
const num = (n, digits) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits).replace('.', ',').replace('-', '−'));
/** @param {number} bytes */
const kib = (bytes) => `${num(bytes / KiB, 1)} KiB`;
/** @param {number} ms */
const s = (ms) => `${num(ms / 1000, 1)} s`;
/** @param {number} x */
const pct = (x) => `${x >= 0 ? '+' : '−'}${num(Math.abs(x) * 100, 1)} %`;

/**
 * A Markdown table; `|` in cells is escaped.
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 * @param {string} [align] one letter per column, `l` (left) or `r` (right); missing ones are `r`
 */
export function markdownTable(headers, rows, align = 'l') {
	const cell = (/** @type {string | number} */ c) => String(c).replaceAll('|', '\\|');
	const line = (/** @type {(string | number)[]} */ cells) => `| ${cells.map(cell).join(' | ')} |`;
	return [line(headers), `|${headers.map((_, i) => (align[i] === 'l' ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Decimal points in a budget's or breach's text (budgets.mjs) as decimal commas. */
const commas = (/** @type {string} */ text) => text.replace(/(\d)\.(\d)/g, '$1,$2');

/**
 * @param {any} report
 * @returns {string}
 */
export function benchMarkdown(report) {
	const out = [];
	const m = report.machine ?? {};
	const date = new Date(report.date);
	out.push(`# npm run bench, ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
	out.push('');
	const source = report.source ? `commit ${report.source.commit}${report.source.uncommittedFiles ? ` med ${report.source.uncommittedFiles} endrede filer som ikke er sjekket inn` : ''}` : 'ukjent (ikke git)';
	out.push(`- Kilde: ${source}`);
	out.push(`- Maskin: ${m.cores ?? '?'} kjerner${m.cpuModel ? ` (${m.cpuModel})` : ''}, ${m.os ?? '?'}; Node ${report.node}; ${m.chromium ?? 'Chromium ?'}; Lighthouse ${report.lighthouseVersion ?? '–'}`);
	if (m.loadAverage) out.push(`- Maskinens last (load average, 1 min): ${num(m.loadAverage.start, 1)} ved start, ${num(m.loadAverage.end, 1)} ved slutt`);
	const o = report.options ?? {};
	const what = o.scaleOnly
		? 'bare skaleringen (--scale-only)'
		: `Lighthouse ${o.runs} per side${o.warmup ? ' (etter en forkastet oppvarmingskjøring)' : ''}; answer→step ${o.answerRuns ?? '–'} klikk per overgang${o.scale === false ? '; uten skalering (--no-scale)' : ''}`;
	out.push(`- Kjøringer: ${what}; total tid ${s(report.runtimeMs ?? 0)}`);
	if (report.error) out.push(`- **Benchmarken stoppet:** ${report.error}`);
	out.push('');

	out.push('## Budsjetter');
	out.push('');
	const measured = { lighthouse: report.pages?.length > 0, answerStep: report.answerStep?.length > 0, scale: Boolean(report.scale) };
	for (const b of budgetOutcomes(report.breaches ?? [], measured)) out.push(`- ${b.held === null ? '– (ikke målt)' : b.held ? '✓' : '✗'} ${commas(b.text)}`);
	out.push('');
	if (report.breaches?.length) {
		out.push('Brudd:');
		out.push('');
		for (const b of report.breaches) out.push(`- ${b.page}: ${commas(`${b.value} ${b.op} ${b.limit}`)}`);
	} else if (!report.error) {
		out.push('Alle målte budsjetter holdt.');
	}
	out.push('');

	if (measured.lighthouse) {
		out.push('## Lighthouse');
		out.push('');
		out.push(
			`Mobil, simulert struping; medianen av ${o.runs} kjøringer per side for poeng, LCP og TBT. Overført og JS er byte over nettet med gzip, inkludert svarhodene, ` +
				`slik Lighthouse teller dem; JS er alle skriptene siden laster til den er i ro. Budsjett: JS ≤ den tomme siden + ${BUDGETS.jsOverBareBytes / KiB} KiB.`
		);
		out.push('');
		const bare = report.bare;
		const row = (/** @type {any} */ r, /** @type {string} */ name) => [
			name,
			num(r.scores.performance, 2),
			num(r.scores.accessibility, 2),
			num(r.scores['best-practices'], 2),
			num(r.scores.seo, 2),
			`${num(r.metrics.lcpMs, 0)} ms`,
			`${num(r.metrics.tbtMs, 0)} ms`,
			num(r.metrics.cls, 3),
			kib(r.transfer.totalBytes),
			kib(r.transfer.jsBytes),
			bare ? `${r === bare ? '' : r.transfer.jsBytes >= bare.transfer.jsBytes ? '+' : '−'}${kib(Math.abs(r.transfer.jsBytes - bare.transfer.jsBytes))}` : '–',
			(r.performanceRuns ?? []).map((/** @type {number} */ p) => num(p, 2)).join(' ')
		];
		const rows = report.pages.map((/** @type {any} */ r) => row(r, `\`${r.page}\``));
		if (bare) rows.push(row(bare, 'tom SvelteKit-side'));
		out.push(markdownTable(['Side', 'Ytelse', 'UU', 'Beste praksis', 'SEO', 'LCP', 'TBT', 'CLS', 'Overført', 'JS', 'JS − tom side', 'Ytelse per kjøring'], rows));
		out.push('');
	}

	if (measured.answerStep) {
		out.push('## answer→step');
		out.push('');
		out.push(
			`Fra klikket på et svar til neste trinn er malt, med prosessoren ${report.answerStepCpuSlowdown ?? 4} ganger langsommere, etter at første side er lastet ` +
				`(Chromium, fersk kontekst for hvert klikk, ingen nettverksstruping). Budsjett: median ≤ ${BUDGETS.answerStepMs} ms.`
		);
		out.push('');
		const kind = (/** @type {string[]} */ kinds) => kinds.map((k) => (k === 'client' ? 'klientnavigering' : 'full sidelasting')).join(', ') || '–';
		const row = (/** @type {any} */ r, /** @type {string} */ name) => [
			name,
			`${num(r.medianMs, 0)} ms`,
			r.runsMs.map((/** @type {number} */ ms) => num(ms, 0)).join(' '),
			kind(r.kinds),
			r.fcpMs?.length ? r.fcpMs.map((/** @type {number} */ ms) => num(ms, 0)).join(' ') : '–'
		];
		const rows = report.answerStep.map((/** @type {any} */ r) => row(r, `\`${r.from}\` «${r.answer ?? '?'}» → \`${r.to ?? '?'}\``));
		if (report.answerStepBare) rows.push(row(report.answerStepBare, 'tom SvelteKit-side → neste side'));
		out.push(markdownTable(['Overgang', 'Median', 'Kjøringer (ms)', 'Slik kom neste side', 'Til FCP (ms)'], rows, 'lrlll'));
		out.push('');
	}

	if (report.scale) {
		const sc = report.scale;
		out.push('## Skalering: 10 ganger så mange trinn');
		out.push('');
		out.push('JS, CSS og HTML per trinnside er målt på de bygde filene (gzip nivå 9); byggetiden er innholdskontrollen og vite build.');
		out.push('');
		const growth = (/** @type {number} */ a, /** @type {number} */ b) => pct((b - a) / a);
		out.push(
			markdownTable(
				['', 'Standard', '10×', 'Endring', 'Budsjett'],
				[
					['Trinn per språk', sc.default.stepsPerLanguage, sc.large.stepsPerLanguage, `${num(sc.stepRatio, 1)}×`, ''],
					['Sider per språk', sc.default.pagesPerLanguage, sc.large.pagesPerLanguage, `${num(sc.large.pagesPerLanguage / sc.default.pagesPerLanguage, 1)}×`, ''],
					['Bygde HTML-filer', sc.default.htmlFiles, sc.large.htmlFiles, `${num(sc.large.htmlFiles / sc.default.htmlFiles, 1)}×`, ''],
					['Byggetid', s(sc.default.buildMs), s(sc.large.buildMs), `${num(sc.buildRatio, 2)}×`, `≤ ${BUDGETS.scaleBuildRatio}×`],
					['JS per trinnside (snitt)', kib(sc.default.jsGzipMean), kib(sc.large.jsGzipMean), pct(sc.jsGrowthMean), `≤ +${BUDGETS.scaleJsGrowth * 100} %`],
					['JS per trinnside (største)', kib(sc.default.jsGzipMax), kib(sc.large.jsGzipMax), pct(sc.jsGrowthMax), `≤ +${BUDGETS.scaleJsGrowth * 100} %`],
					['CSS per trinnside (snitt)', kib(sc.default.cssGzipMean), kib(sc.large.cssGzipMean), growth(sc.default.cssGzipMean, sc.large.cssGzipMean), ''],
					['HTML per trinnside (snitt)', kib(sc.default.htmlGzipMean), kib(sc.large.htmlGzipMean), growth(sc.default.htmlGzipMean, sc.large.htmlGzipMean), '']
				]
			)
		);
		out.push('');
	}
	return `${out.join('\n')}\n`;
}
