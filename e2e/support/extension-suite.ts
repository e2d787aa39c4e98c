import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionSession, type LaunchOptions } from './browsers';
import { ExtensionApi } from './extension-api';
import { startTestServer, type TestServer } from './server';

export interface ExtensionSuite {
  server: TestServer;
  session: ExtensionSession;
  api: ExtensionApi;
}

/**
 * For a describe block: starts the test server and the browser with the extension before its tests,
 * closes them after. The fields are set once beforeAll has run; read them inside tests only.
 */
export function useExtensionSuite(browserName: BrowserName, options: LaunchOptions = {}): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  beforeAll(async () => {
    suite.server = await startTestServer();
    suite.session = await launchWithExtension(browserName, options);
    suite.api = new ExtensionApi(suite.session, `${suite.server.origin}/blank.html`);
  });
  afterAll(async () => {
    await suite.api?.close();
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}
