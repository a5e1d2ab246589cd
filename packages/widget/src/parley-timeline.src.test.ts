import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { ParleyTimeline, type ParleyErrorEvent } from './index.js';

ParleyTimeline.define();

function mount(src: string, setup: (element: ParleyTimeline) => void = () => {}): ParleyTimeline {
  const element = document.createElement('parley-timeline');
  element.src = src;
  setup(element);
  document.body.append(element);
  return element;
}

const alert = () => page.getByRole('alert');

afterEach(() => {
  document.body.replaceChildren();
});

describe('<parley-timeline src>', () => {
  test('loads, validates and renders a timeline from a URL, showing progress meanwhile', async () => {
    mount('/__fixtures__/timeline.json?delay=300');
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading the timeline…');
    await expect.element(page.getByRole('heading', { name: 'Served timeline' })).toBeVisible();
    await expect.element(page.getByText('From the server')).toBeVisible();
  });

  test('shows the latest src when it changes mid-load, never the stale one', async () => {
    const element = mount('/__fixtures__/timeline.json?delay=800&title=Stale');
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.src = '/__fixtures__/timeline.json?title=Fresh';
    await expect.element(page.getByRole('heading', { name: 'Fresh' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await expect.element(page.getByRole('heading', { name: 'Fresh' })).toBeVisible();
    expect(element.shadowRoot!.textContent).not.toContain('Stale');
  });

  test('keeps the page’s fallback content visible until the card renders', async () => {
    mount('/__fixtures__/timeline.json?delay=400', (element) => {
      element.innerHTML = '<ol><li>Fallback: talks on 2 June</li></ol>';
    });
    await expect.element(page.getByText('Fallback: talks on 2 June')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Served timeline' })).toBeVisible();
    await expect.element(page.getByText('Fallback: talks on 2 June')).not.toBeVisible();
  });

  test('prefers the timeline property over src', async () => {
    mount('/__fixtures__/timeline.json', (element) => {
      element.timeline = { id: 'p', title: 'From the property', events: [] };
    });
    await expect.element(page.getByRole('heading', { name: 'From the property' })).toBeVisible();
  });

  describe('error state', () => {
    test.each([
      [
        'a 404',
        '/__fixtures__/missing.json',
        /The server answered 404 Not Found for http:\/\/.*\/__fixtures__\/missing\.json\./,
      ],
      [
        'a wrong content type',
        '/__fixtures__/page.html',
        /Expected JSON \(application\/json\) from .*page\.html, but the server sent "text\/html"\./,
      ],
      [
        'JSON with a syntax error, with line and column',
        '/__fixtures__/broken.json',
        /line 4, column 14: events\[0\]: Expected a value, found ','\./,
      ],
      [
        'a javascript: URL',
        'javascript:alert(1)',
        /Only http: and https: URLs can be loaded, received "javascript:"\./,
      ],
      [
        'a network failure',
        'http://127.0.0.1:9/timeline.json',
        /Could not load http:\/\/127\.0\.0\.1:9\/timeline\.json: the request failed/,
      ],
    ])('for %s', async (_, src, message) => {
      const events: ParleyErrorEvent[] = [];
      document.addEventListener('parley-error', (event) => events.push(event), { once: true });
      mount(src);
      await expect.element(alert()).toHaveTextContent(message);
      expect(events).toHaveLength(1);
    });

    test('for a response over max-bytes', async () => {
      mount('/__fixtures__/huge.json', (element) => (element.maxBytes = 100_000));
      await expect.element(alert()).toHaveTextContent('is larger than 100000 bytes (the max-bytes limit)');
    });

    test('for a server slower than the timeout', async () => {
      mount('/__fixtures__/timeline.json?delay=2000', (element) => (element.timeout = 200));
      await expect.element(alert()).toHaveTextContent(/No answer from .* within 0\.2 s\./);
    });
  });

  test('a timeout that is no number of milliseconds waits the default, and loads', async () => {
    for (const timeout of ['soon', '-1', 'Infinity']) {
      const element = mount('/__fixtures__/timeline.json?delay=300', (each) =>
        each.setAttribute('timeout', timeout),
      );
      await expect.element(page.getByRole('heading', { name: 'Served timeline' })).toBeVisible();
      expect(element.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
      element.remove();
    }
  });

  test('cancels its request when it leaves the page', async () => {
    const events: ParleyErrorEvent[] = [];
    document.addEventListener('parley-error', (event) => events.push(event));
    const element = mount('/__fixtures__/timeline.json?delay=300');
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(element.shadowRoot!.textContent).not.toContain('Served timeline');
    expect(events).toEqual([]);
  });
});
