import { createServer, type AddressInfo, type Server } from 'node:net';

/**
 * Where the browser tests find their static servers. Each one listens on a free port, so a
 * `npm run preview` left open or a second test run beside this one changes nothing.
 *
 * playwright.config.ts calls `chooseServerOrigins()` when Playwright loads it. Playwright loads
 * the config again in every worker; the worker inherits the environment of the run, finds the
 * addresses there and keeps them, so all processes of one run agree.
 */
export const SERVER_VARIABLES = {
	/** build/: the guide (the tests' baseURL). */
	site: 'E2E_SITE_ORIGIN',
	/** examples/embed-host: a municipality's page on another origin that embeds the guide. */
	host: 'E2E_HOST_ORIGIN',
	/** build-fjellvik/: the second municipality's guide (examples/fjellvik). */
	example: 'E2E_EXAMPLE_ORIGIN'
} as const;

export type ServerName = keyof typeof SERVER_VARIABLES;

/** `http://127.0.0.1:<port>` (no trailing slash) of one of the test servers. */
export function serverOrigin(name: ServerName): string {
	const variable = SERVER_VARIABLES[name];
	const origin = process.env[variable];
	if (!origin) throw new Error(`${variable} is not set: start the browser tests with «npx playwright test», whose config picks the ports.`);
	return origin;
}

/** Gives every test server that has no address in the environment yet one on a free port. */
export async function chooseServerOrigins(): Promise<Record<ServerName, string>> {
	const names = Object.keys(SERVER_VARIABLES) as ServerName[];
	const missing = names.filter((name) => !process.env[SERVER_VARIABLES[name]]);
	const ports = await freePorts(missing.length);
	missing.forEach((name, i) => (process.env[SERVER_VARIABLES[name]] = `http://127.0.0.1:${ports[i]}`));
	return Object.fromEntries(names.map((name) => [name, serverOrigin(name)])) as Record<ServerName, string>;
}

/** `count` different ports that are free on 127.0.0.1 now (all held open together, then released). */
export async function freePorts(count: number): Promise<number[]> {
	const servers: Server[] = [];
	try {
		for (let i = 0; i < count; i++) {
			servers.push(
				await new Promise<Server>((resolve, reject) => {
					const server = createServer();
					server.once('error', reject);
					server.listen(0, '127.0.0.1', () => resolve(server));
				})
			);
		}
		return servers.map((server) => (server.address() as AddressInfo).port);
	} finally {
		await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
	}
}
