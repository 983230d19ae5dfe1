// The baseline server's thread: a bare node:http server that answers every request with the same
// captured bytes. It runs off the main thread so that it does not share an event loop with
// autocannon, as the Next server (its own process) does not either.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { port, status, headers, body } = workerData;
const server = http.createServer((_request, reply) => reply.writeHead(status, headers).end(body));
server.on('error', (error) => parentPort.postMessage({ error: error.message }));
server.listen(port, '127.0.0.1', () => parentPort.postMessage({ listening: true }));
