// Just enough of the W3C WebDriver protocol (https://www.w3.org/TR/webdriver2/) over fetch for
// WebKitWebDriver: a session, navigation and script execution.

type Json = Record<string, unknown>;

async function command(base: string, method: string, path: string, body?: Json): Promise<unknown> {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const { value } = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const { error, message } = value as { error?: string; message?: string };
    throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
  }
  return value;
}

/** Resolves once the driver at `base` answers, or rejects when `alive()` turns false first. */
export async function waitForDriver(base: string, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await command(base, 'GET', '/status');
      return;
    } catch (error) {
      if (!alive() || Date.now() > deadline)
        throw new Error(`WebDriver at ${base} did not start`, { cause: error });
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

export class WebDriverSession {
  private constructor(
    private readonly base: string,
    private readonly id: string,
    /** The capabilities the driver matched, e.g. browserVersion. */
    readonly capabilities: Json,
  ) {}

  static async create(base: string, alwaysMatch: Json): Promise<WebDriverSession> {
    const { sessionId, capabilities } = (await command(base, 'POST', '/session', {
      capabilities: { alwaysMatch },
    })) as { sessionId: string; capabilities: Json };
    return new WebDriverSession(base, sessionId, capabilities);
  }

  /** Loads `url` and waits for its load event (the default page load strategy). */
  async navigate(url: string): Promise<void> {
    await command(this.base, 'POST', `/session/${this.id}/url`, { url });
  }

  /** Runs `body` as a function body with `args` as its arguments; a returned promise is awaited. */
  execute(body: string, args: unknown[] = []): Promise<unknown> {
    return command(this.base, 'POST', `/session/${this.id}/execute/sync`, { script: body, args });
  }

  /** Ends the session, which closes the browser. */
  async delete(): Promise<void> {
    await command(this.base, 'DELETE', `/session/${this.id}`);
  }
}
