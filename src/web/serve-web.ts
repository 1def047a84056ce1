/** The dashboard's pages and bundled assets, served for every non-API GET request. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type WebHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Builds (once) and returns the handler that serves the single-page dashboard and its assets. */
export async function createWebHandler(): Promise<WebHandler> {
  return (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('dashboard not built yet\n');
  };
}
