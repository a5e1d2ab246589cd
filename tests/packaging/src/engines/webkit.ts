// Debian's WebKitGTK: WebKitWebDriver (package webkit2gtk-driver) launches MiniBrowser on a
// virtual display we start ourselves, and is driven over classic W3C WebDriver.
import { createServer } from 'node:net';
import { assertInstalled, type Engine } from './engine.js';
import { spawnOwned, stopOwned } from './child-processes.js';
import { startOfflineProxy } from './offline-proxy.js';
import { WebDriverSession, waitForDriver } from './webdriver-client.js';
import { startXvfb } from './xvfb.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export const webkit: Engine = {
  name: 'WebKitGTK',
  async launch() {
    const [driverPath, miniBrowser, xvfbPath] = assertInstalled('webkit');
    // Undone in reverse order on close, or when a later step of the launch fails.
    const cleanups: (() => Promise<void> | void)[] = [];
    const close = async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
      cleanups.length = 0;
    };
    try {
      const { display, stop } = await startXvfb(xvfbPath!);
      cleanups.push(stop);
      const proxy = await startOfflineProxy();
      cleanups.push(proxy.close);

      const port = await freePort();
      const driver = spawnOwned(driverPath!, [`--port=${port}`, '--host=127.0.0.1'], {
        // GDK_BACKEND: draw on that X display even when the user's session is Wayland.
        env: { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11', NO_AT_BRIDGE: '1' },
        stdio: 'ignore',
      });
      cleanups.push(() => stopOwned(driver));
      const base = `http://127.0.0.1:${port}`;
      await waitForDriver(base, () => driver.exitCode === null && driver.signalCode === null);

      const session = await WebDriverSession.create(base, {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: miniBrowser,
          // Every request but to 127.0.0.1 goes to the offline proxy.
          args: ['--automation', `--proxy=http://127.0.0.1:${proxy.port}`, '--ignore-host=127.0.0.1'],
        },
      });
      cleanups.push(() => session.delete().catch(() => {}));

      return {
        version: String(session.capabilities.browserVersion),
        async open(url) {
          // One window, navigated from page to page: each scenario gets a fresh document.
          await session.navigate(url);
          return {
            evaluate: (expression) => session.execute(`return ${expression};`),
            close: () => session.navigate('about:blank'),
          };
        },
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  },
};
