import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import serveHandler from 'serve-handler';

/**
 * Serves the built H5 app and forwards `/api/*` to the API, so the browser talks to one origin
 * and the app needs no API address baked in.
 */
export function startH5Server(port: number, root: string, apiPort: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/api' || req.url?.startsWith('/api/')) return proxy(req, res, apiPort);
    return serveHandler(req, res, { public: root, headers: [{ source: '**/*.html', headers: [{ key: 'Cache-Control', value: 'no-cache' }] }] });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Bodies past this are refused here in the API's own error shape (the gateway's own limit answers in another shape). */
const MAX_PROXY_BODY_BYTES = 1024 * 1024;

function proxy(req: IncomingMessage, res: ServerResponse, apiPort: number) {
  if (Number(req.headers['content-length'] ?? 0) > MAX_PROXY_BODY_BYTES) {
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大了' } }));
    req.resume();
    return;
  }
  const upstream = request(
    { host: '127.0.0.1', port: apiPort, method: req.method, path: req.url!.replace(/^\/api/, '') || '/', headers: { ...req.headers, host: `127.0.0.1:${apiPort}` } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (res.headersSent) return res.destroy();
    res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: { code: 'UPSTREAM_UNAVAILABLE', message: '服务暂时不可用，请稍后再试' } }));
  });
  req.pipe(upstream);
}
