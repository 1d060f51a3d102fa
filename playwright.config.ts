import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';
import { chooseServerOrigins } from './tests/e2e/servers';

/**
 * Every test server gets a free port (tests/e2e/servers.ts); the tests read the addresses from
 * there, never a port number of their own.
 *
 * E2E_SMOKE=1 (`npm test`) runs only the tests tagged @smoke, which need build/ alone; without
 * it (`npm run test:full`, `npm run test:e2e`) every test runs, against build/ and build-fjellvik/.
 */
const servers = await chooseServerOrigins();
const smoke = process.env.E2E_SMOKE === '1';
const port = (origin: string) => new URL(origin).port;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: true,
	grep: smoke ? /@smoke/ : undefined,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	timeout: 60_000,
	use: {
		baseURL: servers.site,
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		locale: 'nb-NO',
		timezoneId: 'Europe/Oslo'
	},
	webServer: [
		{
			command: `node scripts/serve.mjs build ${port(servers.site)}`,
			url: `${servers.site}/nb/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		// A municipality's page on another origin that embeds the guide (tests/e2e/embed.spec.ts);
		// its snippet is served with this run's address of the guide.
		{
			command: `node scripts/serve.mjs examples/embed-host ${port(servers.host)} --guide-origin=${servers.site}`,
			url: `${servers.host}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		// The second municipality's guide (examples/fjellvik, built by `npm run build:example`).
		...(smoke
			? []
			: [
					{
						command: `node scripts/serve.mjs build-fjellvik ${port(servers.example)}`,
						url: `${servers.example}/nb/`,
						reuseExistingServer: false,
						timeout: 30_000
					}
				])
	]
});
