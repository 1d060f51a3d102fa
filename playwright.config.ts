import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const port = 4173;
const hostPort = 4174;
const examplePort = 4175;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: true,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		locale: 'nb-NO',
		timezoneId: 'Europe/Oslo'
	},
	webServer: [
		{
			command: `node scripts/serve.mjs build ${port}`,
			url: `http://127.0.0.1:${port}/nb/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		// The second municipality's guide (examples/fjellvik, built by `npm run build:example`).
		{
			command: `node scripts/serve.mjs build-fjellvik ${examplePort}`,
			url: `http://127.0.0.1:${examplePort}/nb/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		// A municipality's page on another origin that embeds the guide (tests/e2e/embed.spec.ts).
		{
			command: `node scripts/serve.mjs examples/embed-host ${hostPort}`,
			url: `http://127.0.0.1:${hostPort}/`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
