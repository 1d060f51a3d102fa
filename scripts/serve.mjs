/**
 * A tiny static file server for the built site (tests and `npm run preview`), with no
 * dependencies. Serves `dir/` like any plain web server would: `/a/b/` → `a/b/index.html`.
 * Usage: node scripts/serve.mjs <dir> [port] [--guide-origin=http://127.0.0.1:NNNN]
 *
 * Port 0 takes any free port. --guide-origin is for examples/embed-host, whose page embeds the
 * guide from http://127.0.0.1:4173 (`npm run demo:embed`): its HTML is served with that
 * address replaced, so the browser tests can serve the guide on any port.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const root = resolve(positional[0] ?? 'build');
const port = Number(positional[1] ?? 4173);
const guideOrigin = process.argv.find((arg) => arg.startsWith('--guide-origin='))?.slice('--guide-origin='.length);

/** The guide's address in examples/embed-host/index.html. */
export const DEMO_GUIDE_ORIGIN = 'http://127.0.0.1:4173';

export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/**
 * Where a request for `requestUrl` leads inside `dir`, as a plain static web server answers it:
 * a file, a redirect to the trailing-slash address of a folder, or an error status.
 * Shared with the bench's gzip server (scripts/bench/server.mjs).
 */
export function resolveRequest(dir, requestUrl) {
	const url = new URL(requestUrl ?? '/', 'http://localhost');
	let pathname;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		return { status: 400 };
	}
	const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
	let file = join(dir, safe);
	if (file !== dir && !file.startsWith(dir + sep)) return { status: 403 };
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!pathname.endsWith('/')) return { status: 301, location: `${pathname}/${url.search}` };
		file = join(file, 'index.html');
	}
	if (!existsSync(file) || !statSync(file).isFile()) return { status: 404 };
	return { status: 200, file };
}

/**
 * Serves `dir` on 127.0.0.1:`listenPort` (0: any free port; `server.address().port` tells which).
 * With `options.guideOrigin`, HTML files are sent with DEMO_GUIDE_ORIGIN replaced by it.
 */
export function startServer(dir = root, listenPort = port, options = {}) {
	const server = createServer((request, response) => {
		const found = resolveRequest(resolve(dir), request.url);
		if (found.status === 301) {
			response.writeHead(301, { location: found.location }).end();
			return;
		}
		if (found.status !== 200) {
			response.writeHead(found.status, { 'content-type': 'text/plain; charset=utf-8' }).end(found.status === 404 ? 'Not found' : 'Error');
			return;
		}
		const file = found.file;
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer'
		});
		if (options.guideOrigin && extname(file) === '.html') {
			response.end(readFileSync(file, 'utf8').replaceAll(DEMO_GUIDE_ORIGIN, options.guideOrigin));
			return;
		}
		createReadStream(file).pipe(response);
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(listenPort, '127.0.0.1', () => done(server));
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	if (!existsSync(root)) {
		console.error(`Finner ikke «${root}». Kjør «npm run build» først.`);
		process.exit(1);
	}
	const server = await startServer(root, port, { guideOrigin }).catch((error) => {
		if (error.code !== 'EADDRINUSE') throw error;
		console.error(`Port ${port} er opptatt: avslutt det som bruker den, eller velg en annen port.`);
		process.exit(1);
	});
	console.log(`Serverer ${root} på http://127.0.0.1:${server.address().port}/`);
}
