/**
 * A small static server for `npm run bench`: like scripts/serve.mjs (`/a/b/` → `a/b/index.html`),
 * but it compresses text responses with gzip when the request accepts it and sends Cache-Control,
 * as a real web server (deploy/nginx.conf) does. Lighthouse then sees the bytes a visitor would
 * download. Usage: node scripts/bench/server.mjs <dir> <port>
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveRequest, TYPES } from '../serve.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/**
 * Starts the server; resolves to the http server. With `port` 0 or a busy port, pass
 * `portRange` ([first, last]) to take the first free port in it.
 * @param {string} dir
 * @param {number} port
 * @param {{ portRange?: [number, number] }} [options]
 */
export async function startGzipServer(dir, port, { portRange } = {}) {
	const root = resolve(dir);
	/** @type {Map<string, { raw: Buffer, gzip: Buffer | undefined }>} */
	const cache = new Map();
	const server = createServer((request, response) => {
		const found = resolveRequest(root, request.url);
		if (found.status === 301) {
			response.writeHead(301, { location: found.location }).end();
			return;
		}
		if (found.status !== 200) {
			response.writeHead(found.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
			response.end(found.status === 404 ? 'Not found' : 'Error');
			return;
		}
		const file = /** @type {string} */ (found.file);
		const ext = extname(file);
		let entry = cache.get(file);
		if (!entry) {
			const raw = readFileSync(file);
			entry = { raw, gzip: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 6 }) : undefined };
			cache.set(file, entry);
		}
		const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const body = entry.gzip && acceptsGzip ? entry.gzip : entry.raw;
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'application/octet-stream',
			'content-length': String(body.length),
			// Hashed files never change; everything else is revalidated (as in deploy/nginx.conf).
			'cache-control': file.includes(`${sep}_app${sep}immutable${sep}`)
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer'
		};
		if (entry.gzip) headers.vary = 'Accept-Encoding';
		if (body === entry.gzip) headers['content-encoding'] = 'gzip';
		response.writeHead(200, headers);
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	const [first, last] = portRange ?? [port, port];
	for (let candidate = port || first; candidate <= Math.max(last, port); candidate++) {
		const ok = await new Promise((done, fail) => {
			const onError = (/** @type {NodeJS.ErrnoException} */ error) => {
				server.off('listening', onListening);
				if (error.code === 'EADDRINUSE' && portRange) done(false);
				else fail(error);
			};
			const onListening = () => {
				server.off('error', onError);
				done(true);
			};
			server.once('error', onError);
			server.once('listening', onListening);
			server.listen(candidate, '127.0.0.1');
		});
		if (ok) return server;
	}
	throw new Error(`ingen ledig port i ${first}–${last}`);
}

/**
 * The port a started server listens on.
 * @param {import('node:http').Server} server
 */
export function portOf(server) {
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('serveren lytter ikke på en TCP-port');
	return address.port;
}

/**
 * `http://127.0.0.1:<port>` of a started server.
 * @param {import('node:http').Server} server
 */
export const originOf = (server) => `http://127.0.0.1:${portOf(server)}`;

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = resolve(process.argv[2] ?? 'build');
	const port = Number(process.argv[3] ?? 4300);
	if (!existsSync(dir)) {
		console.error(`Finner ikke «${dir}».`);
		process.exit(1);
	}
	await startGzipServer(dir, port);
	console.log(`Serverer ${dir} med gzip på http://127.0.0.1:${port}/`);
}
