import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import type { ParleyErrorEvent } from './index.js';
import { ParleyTimeline } from './index.js';
import istanbul from '../../core/examples/istanbul-2025-06-02.json' with { type: 'json' };
import { secondEdition } from './testing/second-edition.js';
import { isOpen, toggleOf } from './testing/disclosure.js';

ParleyTimeline.define();

const timeline = {
  id: 'talks',
  title: 'Test talks',
  summary: 'Two rounds.',
  events: [
    { type: 'talks', id: 'r2', date: '2025-06-02', title: 'Second round' },
    { type: 'talks', id: 'r1', date: '2025-05-16', title: 'First round', summary: 'Short and inconclusive.' },
  ],
};

async function mount(setup: (element: ParleyTimeline) => void = () => {}): Promise<ParleyTimeline> {
  const element = document.createElement('parley-timeline');
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function parts(element: ParleyTimeline, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** An event's title as a reader sees it, without its citation markers. */
function title(item: Element): string | undefined {
  const heading = item.querySelector('[part~="event-title"]');
  if (!heading) return undefined;
  const text = [...heading.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
  return text
    .map((node) => node.textContent)
    .join('')
    .trim();
}

afterEach(() => {
  document.body.replaceChildren();
  // Opening an event writes its deep link into the address; the next test starts without one.
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<parley-timeline>', () => {
  test('is defined, and defining it again does not throw', () => {
    expect(customElements.get('parley-timeline')).toBe(ParleyTimeline);
    expect(() => ParleyTimeline.define()).not.toThrow();
    expect(document.createElement('parley-timeline')).toBeInstanceOf(ParleyTimeline);
  });

  test('renders a timeline from its property, events sorted by date', async () => {
    const element = await mount((el) => (el.timeline = timeline));
    await expect.element(page.getByRole('heading', { level: 2, name: 'Test talks' })).toBeVisible();
    const items = parts(element, 'item');
    expect(items.map((item) => title(item))).toEqual(['First round', 'Second round']);
    // Each day has a heading with a machine-readable date; the events sit under it.
    const time = parts(element, 'day-heading')[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2025-05-16');
    expect(time.textContent).toBe('May 16, 2025');
    expect(parts(element, 'summary')[0]?.textContent).toBe('Two rounds.');
  });

  test('renders from a child <script type="application/json">', async () => {
    const element = await mount((el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(timeline);
      el.append(script);
    });
    expect(parts(element, 'item')).toHaveLength(2);
  });

  test('re-reads the child JSON when a page script replaces it', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(timeline);
    const element = await mount((el) => el.append(script));
    script.textContent = JSON.stringify({ ...timeline, title: 'Edited by the page' });
    await expect.element(page.getByRole('heading', { name: 'Edited by the page' })).toBeVisible();
    expect(parts(element, 'item')).toHaveLength(2);
  });

  test('formats dates in the language of the page section', async () => {
    const section = document.createElement('section');
    section.lang = 'uk';
    document.body.append(section);
    const element = document.createElement('parley-timeline');
    element.timeline = timeline;
    section.append(element);
    // The Ukrainian strings load on first use; the dates wait for them, so strings and dates agree.
    await expect
      .poll(() => parts(element, 'day-heading')[1]?.querySelector('time')?.textContent)
      .toBe('2 червня 2025 р.');
  });

  test('re-renders when the timeline property changes', async () => {
    const element = await mount((el) => (el.timeline = timeline));
    element.timeline = { ...timeline, title: 'Renamed', events: [] };
    await element.updateComplete;
    await expect.element(page.getByRole('heading', { name: 'Renamed' })).toBeVisible();
    expect(parts(element, 'item')).toHaveLength(0);
  });

  test('says so when a valid timeline has no events, rather than showing an empty box', async () => {
    await mount((el) => (el.timeline = { id: 't', title: 'Talks to come', events: [] }));
    await expect.element(page.getByText('No events in this timeline yet.')).toBeVisible();
  });

  test('renders every event of the Istanbul example', async () => {
    const element = await mount((el) => (el.timeline = istanbul));
    expect(parts(element, 'item')).toHaveLength(istanbul.events.length);
    await expect.element(page.getByText('Second round of direct talks at Ciragan Palace')).toBeVisible();
    await expect.element(page.getByText('mid-May 2025')).toBeVisible();
  });

  test('shows the Istanbul example’s facts: delegations, quotes, provisions, casualties, sources', async () => {
    const element = await mount((el) => {
      el.timeline = istanbul;
      el.open = istanbul.events.map((event) => event.id).join(' ');
    });
    const root = element.shadowRoot!;
    const item = (name: string) =>
      [...root.querySelectorAll<HTMLElement>('[part~="item"]')].find((li) => title(li) === name)!;

    // Text as a reader hears it: template line breaks collapse to single spaces.
    const said = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    expect(root.querySelector('[part~="venues"]')?.textContent).toBe('Ciragan Palace, Istanbul');
    const talks = item('Second round of direct talks at Ciragan Palace');
    expect(said(talks.querySelector('[part~="meta"]')!)).toBe('Talks · afternoon');
    expect(talks.querySelector('[part~="place"]')?.textContent).toBe('Place: Ciragan Palace, Istanbul');
    const delegations = [...talks.querySelectorAll('[part~="delegation"]')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(delegations[0]).toMatch(/^Ukraine, led by Rustem Umerov \(Defence Minister, Ukraine\)/);
    expect(said(talks)).toContain('Hakan Fidan (Foreign Minister, Turkey)');
    expect(said(talks)).toContain('Head of intelligence, Turkey');
    expect(said(talks)).toContain('a little under 4 hours');
    expect(said(talks)).toContain('Turkish Ministry of Foreign Affairs via Getty Images');

    const agreement = item('Sides agree to exchange prisoners and the bodies of the fallen');
    expect([...agreement.querySelectorAll('[part~="provision"]')]).toHaveLength(2);
    expect(said(agreement)).toContain('Covers: seriously wounded, seriously ill, and under 18');
    const claim = agreement.querySelector('[part~="citation"][data-kind="claim"]')!;
    expect(claim.querySelector('[part~="standing"]')?.textContent).toBe(
      'Claim by Rustem Umerov, as reported by BBC',
    );
    expect(claim.querySelector('q')?.textContent).toBe('all seriously wounded or ill, or under 18');

    const speech = item("Zelensky: failure would be Russia's fault alone");
    expect(speech.querySelector('blockquote')?.textContent).toBe(
      'the strongest sanctions President Trump promised',
    );
    expect(said(speech.querySelector('figcaption')!)).toContain(
      'Volodymyr Zelensky (President, Ukraine), at a conference in Lithuania',
    );

    const strike = item('Russian missile strike kills 12 Ukrainian service members');
    expect(said(strike)).toContain('12 killed (Ukrainian military personnel)');
    expect(said(strike)).toContain('60 injured (Ukrainian military personnel)');

    const opinion = talks.querySelector('[part~="citation"][data-kind="opinion"]')!;
    expect(opinion.querySelector('[part~="standing"]')?.textContent).toBe('Opinion');
    expect(opinion.querySelector('q')?.textContent).toBe('these talks are going nowhere fast');
  });

  test('links a related event; following the link opens that event, as a shared link would', async () => {
    const element = await mount((el) => {
      el.timeline = secondEdition;
      el.open = 'talks-round-3';
    });
    const root = element.shadowRoot!;
    const related = () => root.querySelector<HTMLAnchorElement>('[data-id="talks-round-3"] dd a');
    await expect.poll(related).not.toBeNull();
    const link = related()!;
    const previous = istanbul.events.find((event) => event.id === 'talks-round-2')!;
    expect(link.textContent).toBe(previous.title);
    expect(link.closest('dl')!.querySelector('dt')!.textContent).toBe('Follows');
    const target = root.querySelector('[data-id="talks-round-2"]')!;
    expect(isOpen(target)).toBe(false);
    link.click();
    await expect.poll(() => isOpen(target)).toBe(true);
  });

  test('gives an event whose only extra is being background its Details, and says so there', async () => {
    const element = await mount((el) => (el.timeline = secondEdition));
    const item = element.shadowRoot!.querySelector<HTMLElement>('[data-id="minsk-two"]')!;
    toggleOf(item)!.click();
    await expect
      .poll(() => item.querySelector('[part~="background"]')?.textContent)
      .toBe('Background: from before the period this timeline covers.');
  });

  test('renders every event again when the same timeline comes back after an error', async () => {
    const element = await mount((el) => (el.timeline = istanbul));
    const count = () => element.shadowRoot!.querySelectorAll('[part~="item"]').length;
    expect(count()).toBe(istanbul.events.length);
    element.timeline = { id: 'broken' };
    await element.updateComplete;
    expect(count()).toBe(0);
    element.timeline = istanbul;
    await element.updateComplete;
    expect(count()).toBe(istanbul.events.length);
  });

  test('links sources only over http(s), safely', async () => {
    const element = await mount(
      (el) =>
        (el.timeline = {
          id: 't',
          title: 'T',
          sources: [{ id: 's', publisher: 'Wire', url: 'https://example.com/story' }],
          events: [
            {
              type: 'context',
              id: 'e',
              date: '2025-06-02',
              title: 'E',
              citations: [{ source: 's', kind: 'fact' }],
            },
          ],
        }),
    );
    // Sources are in the event's details, rendered once it is opened.
    expect(element.shadowRoot!.querySelector('[part~="source"]')).toBeNull();
    toggleOf(element.shadowRoot!.querySelector('[part~="item"]')!)!.click();
    await expect.poll(() => element.shadowRoot!.querySelector('[part~="source"] a')).not.toBeNull();
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="source"] a')!;
    expect(link.href).toBe('https://example.com/story');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Wire');
  });

  describe('error state', () => {
    test('shows each issue with its path and fires parley-error', async () => {
      const errors: ParleyErrorEvent[] = [];
      document.addEventListener('parley-error', (event) => errors.push(event), { once: true });
      const element = await mount(
        (el) =>
          (el.timeline = {
            ...timeline,
            events: [{ type: 'context', id: 'x', date: '2025-02-30', title: 'Bad date' }],
          }),
      );
      const alert = page.getByRole('alert');
      await expect.element(alert).toBeVisible();
      await expect.element(alert).toHaveTextContent('This timeline cannot be shown');
      await expect.element(alert).toHaveTextContent('events[0].date: 2025-02 has no day 30; it has 28 days.');
      expect(parts(element, 'list')).toHaveLength(0);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.issues[0]).toMatchObject({ code: 'invalid_date', path: ['events', 0, 'date'] });
    });

    test('suggests the fix where it can guess one', async () => {
      const element = await mount(
        (el) =>
          (el.timeline = {
            ...timeline,
            events: [{ type: 'context', id: 'x', date: '2025-06-02', title: 'Typo', sumary: 'Misspelt' }],
          }),
      );
      await expect
        .element(page.getByRole('alert'))
        .toHaveTextContent('events[0].sumary: Unknown field "sumary". Did you mean "summary"?');
      expect(parts(element, 'hint').map((hint) => hint.textContent)).toEqual(['Did you mean "summary"?']);
    });

    test('lists the first five issues and counts the rest', async () => {
      const events = Array.from({ length: 8 }, (_, index) => ({
        type: 'context',
        id: `e${index}`,
        date: 'soon',
        title: 'T',
      }));
      await mount((el) => (el.timeline = { ...timeline, events }));
      const alert = page.getByRole('alert');
      await expect.element(alert).toHaveTextContent('…and 3 more problems.');
      expect(alert.element().querySelectorAll('li')).toHaveLength(5);
    });

    test('explains invalid JSON in the child script, with line and column', async () => {
      await mount((el) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = '{"id": "t",\n "title": ';
        el.append(script);
      });
      await expect
        .element(page.getByRole('alert'))
        .toHaveTextContent('line 2, column 11: title: Unexpected end of input: expected a value.');
    });

    test('says what to do when there is no data at all', async () => {
      await mount();
      await expect.element(page.getByRole('alert')).toHaveTextContent('No timeline data');
      // A problem with the whole document shows no empty path such as "(root):".
      await expect.element(page.getByRole('alert')).not.toHaveTextContent('(root)');
    });
  });

  test('renders markup in the data as inert text', async () => {
    const payload = '<img src=x onerror="window.__pwned=true">';
    const element = await mount(
      (el) =>
        (el.timeline = {
          ...timeline,
          title: payload,
          events: [{ type: 'context', id: 'a', date: '2025-06-02', title: payload }],
        }),
    );
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(title(parts(element, 'item')[0]!)).toBe(payload);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});
