import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** Every request the browser sent through the proxy: `CONNECT host:port` for https, the URL for http. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that records what it is asked for and serves nothing (no internet here anyway): every
 * request the browser makes to a host other than 127.0.0.1 (whichever part of the browser or of an
 * extension makes it) ends up in `requests`.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
