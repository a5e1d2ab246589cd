// Loaded first in <head> of every scenario page, from the test server. It records what a security
// review looks for: CSP and Trusted Types violations, uncaught errors, console errors and dialogs.
// It is a same-origin file because the strict CSP forbids inline scripts, and because WebDriver,
// unlike Playwright, has no init scripts. The harness reads window.__recorded.
(() => {
  const recorded = [];
  window.__recorded = recorded;

  document.addEventListener('securitypolicyviolation', (event) =>
    recorded.push(`csp: ${event.effectiveDirective} ${event.blockedURI}`),
  );
  // Capturing, so a script or stylesheet that fails to load is caught too (its error does not bubble).
  window.addEventListener(
    'error',
    (event) => {
      if (event.target === window) recorded.push(`error: ${event.message}`);
      else recorded.push(`failed to load: ${event.target.src ?? event.target.href ?? event.target.tagName}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) =>
    recorded.push(`unhandled rejection: ${event.reason}`),
  );

  const consoleError = console.error;
  console.error = (...args) => {
    recorded.push(`console.error: ${args.join(' ')}`);
    consoleError.apply(console, args);
  };
  // Injected script that ran would most likely say so with a dialog; a real one would also block WebDriver.
  for (const name of ['alert', 'confirm', 'prompt']) {
    window[name] = (message) => {
      recorded.push(`${name}: ${message}`);
      return null;
    };
  }
})();
