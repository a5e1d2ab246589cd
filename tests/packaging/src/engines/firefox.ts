// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver needed).
import puppeteer from 'puppeteer-core';
import { assertInstalled, type Engine } from './engine.js';
import { startOfflineProxy } from './offline-proxy.js';

export const firefox: Engine = {
  name: 'Firefox ESR',
  async launch() {
    const [executablePath] = assertInstalled('firefox');
    const proxy = await startOfflineProxy();
    try {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: executablePath!,
        headless: true,
        // Without this Firefox ignores services.settings.server and keeps asking
        // firefox.settings.services.mozilla.com for its remote settings.
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
        extraPrefsFirefox: {
          // Every request but to 127.0.0.1 (which Firefox never proxies) goes to the offline proxy.
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'services.settings.server': 'data:,#remote-settings-dummy/v1',
          'network.trr.mode': 5, // no DNS over HTTPS
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      });
      // "firefox/153.8.0"
      const version = (await browser.version()).replace(/^firefox\//, '');
      return {
        version,
        async open(url) {
          const page = await browser.newPage();
          await page.goto(url);
          return { evaluate: (expression) => page.evaluate(expression), close: () => page.close() };
        },
        async close() {
          // puppeteer kills the Firefox it started and removes its temporary profile.
          await browser.close();
          proxy.close();
        },
      };
    } catch (error) {
      proxy.close();
      throw error;
    }
  },
};
