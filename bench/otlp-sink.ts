import { createServer } from 'node:http';

/**
 * The bench's local OTLP/HTTP receiver, run as its own process so that its CPU shows on its own line:
 * it reads every export and counts it, as a collector would accept it, and keeps nothing.
 * GET /stats answers the counts; the first line on stdout is the port.
 */
let exports = 0;
let bytes = 0;
const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ exports, bytes }));
    return;
  }
  req.on('data', (d: Buffer) => (bytes += d.length));
  req.on('end', () => {
    exports++;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
