/**
 * A tiny static file server for the built site (tests and `npm run preview`), with no
 * dependencies. Serves `dir/` like any plain web server would: `/a/b/` → `a/b/index.html`.
 * Usage: node scripts/serve.mjs <dir> <port>
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4173);

const TYPES = {
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

export function startServer(dir = root, listenPort = port) {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end('Bad request');
			return;
		}
		const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
		let file = join(dir, safe);
		if (!file.startsWith(dir)) {
			response.writeHead(403).end('Forbidden');
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file) || !statSync(file).isFile()) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer'
		});
		createReadStream(file).pipe(response);
	});
	return new Promise((done) => server.listen(listenPort, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	if (!existsSync(root)) {
		console.error(`Finner ikke «${root}». Kjør «npm run build» først.`);
		process.exit(1);
	}
	await startServer();
	console.log(`Serverer ${root} på http://127.0.0.1:${port}/`);
}
