import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { articlePageHtml } from './article-page';
import { corpusDir, requireCorpus } from '../../tests/support/corpus';
import { ARTICLE_TEXT } from '../../tests/support/must-have-terms';
import { fixturesDir } from './paths';

export interface TestServer {
  origin: string;
  /** Every path requested, in order: lets tests prove what was (and was not) fetched. */
  requests: string[];
  close(): Promise<void>;
}

const SAFE_NAME = /^[\w.-]+$/;

/** The article the project grew from (ARTICLE_TEXT) made into a page: its path on the test server. */
export const ARTICLE_PAGE = `/text/${ARTICLE_TEXT.replace(/\.txt$/, '.html')}`;

/**
 * Serves, on 127.0.0.1 only:
 *   /corpus/<page>.html  a real page from the shared corpus, unchanged
 *   /text/<name>.html    a corpus text made into an article page
 *   /fixtures/<path>     a fixture from e2e/fixtures (subfolders allowed), with the response headers of
 *                        <path>.headers.json beside it if there is one (a strict Content-Security-Policy)
 *   /blank.html          an empty page
 *   /extra/<name>        a page handed to startTestServer (the benchmark's generated page)
 * Corpus pages are served as UTF-8 whatever they declare (qq.html declares gb2312 but is UTF-8).
 */
export async function startTestServer(extraPages: Record<string, string> = {}): Promise<TestServer> {
  requireCorpus('pages');
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const extra = url.pathname.startsWith('/extra/') ? extraPages[url.pathname.slice(7)] : undefined;
    (extra !== undefined ? Promise.resolve(extra) : handle(url.pathname))
      .then(async (body) => {
        if (body === null) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        res.writeHead(200, {
          'content-type': contentTypeOf(url.pathname),
          'cache-control': 'no-store',
          ...(await fixtureHeaders(url.pathname)),
        });
        res.end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The fixture file a /fixtures/… path names, or null: every segment a plain name, nothing hidden. */
function fixtureFile(pathname: string): string | null {
  const [, area, ...segments] = pathname.split('/');
  if (area !== 'fixtures' || !segments.length) return null;
  if (!segments.every((s) => SAFE_NAME.test(s) && !s.startsWith('.'))) return null;
  return path.join(fixturesDir, ...segments);
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function contentTypeOf(pathname: string): string {
  return CONTENT_TYPES[path.extname(pathname)] ?? 'text/html; charset=utf-8';
}

/** Extra response headers for a fixture, from <fixture>.headers.json (a JSON object of strings). */
async function fixtureHeaders(pathname: string): Promise<Record<string, string>> {
  const file = fixtureFile(pathname);
  const json = file && !file.endsWith('.headers.json') ? await readOrNull(`${file}.headers.json`) : null;
  return json ? (JSON.parse(json.toString('utf8')) as Record<string, string>) : {};
}

async function handle(pathname: string): Promise<string | Buffer | null> {
  const [, area, name] = pathname.split('/');
  if (pathname === '/blank.html')
    return '<!doctype html><html><head><title>blank</title></head><body></body></html>';
  if (area === 'fixtures') {
    const file = fixtureFile(pathname);
    return file ? readOrNull(file) : null;
  }
  if (!name || !SAFE_NAME.test(name)) return null;
  if (area === 'corpus') return readOrNull(path.join(corpusDir, 'pages', name));
  if (area === 'text') {
    const text = await readOrNull(path.join(corpusDir, 'text', name.replace(/\.html$/, '.txt')));
    return text === null ? null : articlePageHtml(titleOf(name), text.toString('utf8'));
  }
  return null;
}

function titleOf(name: string): string {
  return name.replace(/\.html$/, '').replace(/-/g, ' ');
}

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}
