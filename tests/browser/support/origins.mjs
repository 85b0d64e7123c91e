// Local HTTP servers, each its own origin (127.0.0.1 on its own port), for
// the tests where a portal on one origin embeds the page served from another.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

// Serves `routes` ({'/path': {file, type}}); anything else is a plain
// empty page. Resolves to {origin, close()}.
export function serve(routes = {}) {
  return new Promise((done) => {
    const server = createServer((req, res) => {
      const route = routes[new URL(req.url, 'http://x').pathname];
      res.writeHead(200, { 'content-type': route?.type ?? 'text/html; charset=utf-8' });
      res.end(route ? readFileSync(route.file) : '<!doctype html><title>portal</title><body></body>');
    });
    server.listen(0, '127.0.0.1', () => done({
      origin: `http://127.0.0.1:${server.address().port}`,
      close: () => new Promise((closed) => server.close(closed)),
    }));
  });
}
