import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, test } from 'vitest';
import { parseTimeline } from '../../parse/parse-timeline.js';
import istanbul from '../../../examples/istanbul-2025-06-02.json' with { type: 'json' };
import { exportJsonLd, jsonLdScript, type JsonLdDocument } from './index.js';
import { _isoDates } from '../../internal/_iso-dates.js';

const timeline = parseTimeline(istanbul);
const PAGE = 'https://news.example/2025/06/istanbul-talks';
const SCHEMA = 'http://schema.org/';
/** The schema.org type of each kind of place, as docs/jsonld.md lists them. */
const PLACE_TYPES = {
  venue: 'Place',
  city: 'City',
  region: 'AdministrativeArea',
  country: 'Country',
  other: 'Place',
};

/** schema.org's context as its release ships it; the only document the tests may load. */
const SCHEMA_ORG_CONTEXT: unknown = JSON.parse(
  readFileSync(new URL('testing/schemaorg-context-30.0.jsonld', import.meta.url), 'utf8'),
);
const loaded: string[] = [];

/** An offline document loader: schema.org's context from the vendored copy, anything else refused. */
async function documentLoader(url: string) {
  loaded.push(url);
  if (!/^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.jsonld)?$/.test(url))
    throw new Error(`The test loads nothing from the network, but JSON-LD asked for ${url}`);
  return { contextUrl: null, document: SCHEMA_ORG_CONTEXT, documentUrl: url };
}

interface FlatNode {
  '@id': string;
  '@type'?: string[];
  [property: string]: unknown;
}

/**
 * The document flattened by jsonld.js: every node once, by absolute id. `safe` mode makes any
 * term that schema.org's context does not define (and expansion would drop) an error.
 */
async function flatten(document: JsonLdDocument, base = PAGE): Promise<Map<string, FlatNode>> {
  const flat = (await jsonld.flatten(document as object, null, { documentLoader, base, safe: true })) as
    FlatNode[] | { '@graph': FlatNode[] };
  const nodes = Array.isArray(flat) ? flat : flat['@graph'];
  return new Map(nodes.map((node) => [node['@id'], node]));
}

const id = (local?: string) => `${PAGE}#parley-${timeline.id}${local === undefined ? '' : `-${local}`}`;
const values = (node: FlatNode | undefined, property: string) =>
  ((node?.[`${SCHEMA}${property}`] ?? []) as { '@value'?: unknown; '@id'?: string }[]).map(
    (value) => value['@value'] ?? value['@id'],
  );
const types = (node: FlatNode | undefined) => (node?.['@type'] ?? []).map((type) => type.replace(SCHEMA, ''));

describe('exportJsonLd on the Istanbul example', () => {
  test('expands with schema.org’s context without errors, dropping no term, and loads only that context', async () => {
    loaded.length = 0;
    const nodes = await flatten(exportJsonLd(timeline, { url: PAGE }));
    expect(nodes.size).toBeGreaterThan(timeline.events.length);
    expect(new Set(loaded)).toEqual(new Set(['https://schema.org']));
  });

  test('uses only types, properties and values that schema.org defines', async () => {
    // schema.org's @vocab would expand a misspelt term too; its context lists every real one.
    const terms = new Set(Object.keys((SCHEMA_ORG_CONTEXT as { '@context': object })['@context']));
    const used = new Set<string>();
    for (const node of (await flatten(exportJsonLd(timeline, { url: PAGE }))).values()) {
      for (const type of node['@type'] ?? []) used.add(type);
      for (const [property, objects] of Object.entries(node)) {
        if (property.startsWith('@')) continue;
        used.add(property);
        for (const object of objects as { '@id'?: string }[])
          if (object['@id']?.startsWith('https://schema.org/')) used.add(object['@id']);
      }
    }
    const unknown = [...used]
      .map((iri) => iri.replace(/^https?:\/\/schema\.org\//, ''))
      .filter((term) => !terms.has(term));
    expect(unknown).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });

  test('keeps every event as an Event, with its title, dates and place', async () => {
    const nodes = await flatten(exportJsonLd(timeline, { url: PAGE }));
    for (const event of timeline.events) {
      const found = nodes.get(id(event.id));
      expect(types(found), event.id).toEqual(['Event']);
      expect(values(found, 'name')).toEqual([event.title]);
      const { start, end } = _isoDates(event.date);
      expect(values(found, 'startDate')).toEqual(start ? [start] : []);
      expect(values(found, 'endDate')).toEqual(end ? [end] : []);
      expect(values(found, 'location')).toEqual(event.place ? [id(event.place)] : []);
    }
    const events = [...nodes.values()].filter((node) => types(node).includes('Event'));
    expect(events).toHaveLength(timeline.events.length + 1);
  });

  test('nests events: each is a subEvent of its superEvent, the talks it belongs to or the timeline', async () => {
    const nodes = await flatten(exportJsonLd(timeline, { url: PAGE }));
    const whole = nodes.get(id());
    expect(values(whole, 'name')).toEqual([timeline.title]);
    for (const event of timeline.events) {
      const talks = 'talks' in event && event.talks ? event.talks : undefined;
      const parent = talks ? id(talks) : id();
      expect(values(nodes.get(id(event.id)), 'superEvent'), event.id).toEqual([parent]);
      expect(values(nodes.get(parent), 'subEvent')).toContain(id(event.id));
    }
    const subEvents = [...nodes.values()].flatMap((node) => values(node, 'subEvent'));
    expect(subEvents.sort()).toEqual(timeline.events.map((event) => id(event.id)).sort());
  });

  test('keeps every place as a Place, with its address and coordinates', async () => {
    const nodes = await flatten(exportJsonLd(timeline, { url: PAGE }));
    for (const place of timeline.places ?? []) {
      const found = nodes.get(id(place.id));
      expect(types(found)).toEqual([PLACE_TYPES[place.kind ?? 'other']]);
      expect(values(found, 'name')).toEqual([place.name]);
      const address = nodes.get(values(found, 'address')[0] as string);
      expect(values(address, 'addressCountry')).toEqual([place.country]);
      const geo = nodes.get(values(found, 'geo')[0] as string);
      expect(values(geo, 'latitude')).toEqual(place.coordinates ? [place.coordinates.latitude] : []);
      expect(values(geo, 'longitude')).toEqual(place.coordinates ? [place.coordinates.longitude] : []);
    }
    expect(timeline.places?.some((place) => place.coordinates)).toBe(true);
  });

  test('keeps every person as a Person and every state and body as an organisation, with Wikidata as sameAs', async () => {
    const nodes = await flatten(exportJsonLd(timeline, { url: PAGE }));
    const expected = { person: 'Person', state: 'GovernmentOrganization', organisation: 'Organization' };
    for (const actor of timeline.actors ?? []) {
      const found = nodes.get(id(actor.id));
      expect(types(found), actor.id).toEqual([expected[actor.kind]]);
      expect(values(found, 'name')).toEqual(actor.name ? [actor.name] : []);
      expect(values(found, 'sameAs')).toEqual(
        (actor.sameAs ?? []).map((value) => `https://www.wikidata.org/wiki/${value}`),
      );
      for (const [language, name] of Object.entries(actor.names ?? {}))
        expect(found?.[`${SCHEMA}alternateName`]).toContainEqual({ '@value': name, '@language': language });
    }
    const people = [...nodes.values()].filter((node) => types(node).includes('Person'));
    expect(people.map((node) => node['@id']).sort()).toEqual(
      (timeline.actors ?? [])
        .filter((actor) => actor.kind === 'person')
        .map((actor) => id(actor.id))
        .sort(),
    );
  });

  test('names who organised and attended each round of talks', async () => {
    const nodes = await flatten(exportJsonLd(timeline, { url: PAGE }));
    for (const talks of timeline.events.filter((event) => event.type === 'talks')) {
      const found = nodes.get(id(talks.id));
      expect(values(found, 'organizer').sort()).toEqual(
        [...new Set([talks.host, ...(talks.presidedBy ?? [])].filter(Boolean))].map((a) => id(a)).sort(),
      );
      const delegates = (talks.delegations ?? []).flatMap((delegation) => [
        delegation.party,
        ...(delegation.head ? [delegation.head] : []),
        ...(delegation.members ?? []).map((member) => member.person),
      ]);
      for (const attendee of [...delegates, ...(talks.attendees ?? [])])
        expect(values(found, 'attendee')).toContain(id(attendee));
    }
  });

  test('keeps every quote as a Quotation that cites its source, a statement’s with its speaker', async () => {
    const nodes = await flatten(exportJsonLd(timeline, { url: PAGE }));
    const quotations = [...nodes.values()].filter((node) => types(node).includes('Quotation'));
    const expected = timeline.events.flatMap((event) => [
      ...(event.type === 'statement' && event.quote
        ? [{ text: event.quote, event, speaker: event.speaker }]
        : []),
      ...(event.citations ?? []).flatMap((citation) =>
        citation.quote ? [{ text: citation.quote, event, speaker: citation.claimant }] : [],
      ),
    ]);
    expect(quotations.map((node) => values(node, 'text')[0]).sort()).toEqual(
      expected.map((quote) => quote.text).sort(),
    );
    for (const quote of expected) {
      const found = quotations.find(
        (node) => values(node, 'text')[0] === quote.text && values(node, 'about')[0] === id(quote.event.id),
      );
      expect(values(found, 'spokenByCharacter')).toEqual(quote.speaker ? [id(quote.speaker)] : []);
      expect(values(found, 'citation').length).toBeGreaterThan(0);
      for (const source of values(found, 'citation'))
        expect(types(nodes.get(source as string))).not.toEqual([]);
      // Each event lists its quotations and sources as what it is the subject of.
      expect(values(nodes.get(id(quote.event.id)), 'subjectOf')).toContain(found?.['@id']);
    }
  });

  test('without a url, ids are fragments that resolve against the page that inlines them', async () => {
    const document = exportJsonLd(timeline);
    expect(document['@graph'][0]?.['@id']).toBe(`#parley-${timeline.id}`);
    const nodes = await flatten(document, 'https://other.example/story');
    expect(nodes.has(`https://other.example/story#parley-${timeline.id}-${timeline.events[0]!.id}`)).toBe(
      true,
    );
  });

  test('refuses a page url that is not http(s)', () => {
    expect(() => exportJsonLd(timeline, { url: 'javascript:alert(1)' })).toThrow(
      new TypeError('Expected the page\'s absolute http(s) URL, received "javascript:alert(1)".'),
    );
    expect(() => exportJsonLd(timeline, { url: '/relative' })).toThrow(TypeError);
  });
});

describe('_isoDates', () => {
  test.each([
    ['2025-06-02', { start: '2025-06-02' }],
    ['2025-05~', { start: '2025-05' }],
    ['2025-06-02T13:00+03:00', { start: '2025-06-02T13:00+03:00' }],
    ['2025-05-31/2025-06-01', { start: '2025-05-31', end: '2025-06-01' }],
    ['/2025-06-01', { end: '2025-06-01' }],
    ['2025-06-02/..', { start: '2025-06-02' }],
  ])('%s', (date, expected) => {
    expect(_isoDates(date)).toEqual(expected);
  });
});

describe('jsonLdScript', () => {
  const hostile = {
    ...timeline,
    title: 'Talks </script><script>alert(1)</script> <!-- & </SCRIPT >',
  };

  test('cannot be closed early by text in the timeline, and parses back to the same JSON-LD', () => {
    const html = jsonLdScript(hostile, { space: 2 });
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.endsWith('</script>\n')).toBe(true);
    const inner = html.slice('<script type="application/ld+json">'.length, -'</script>\n'.length);
    expect(inner).not.toMatch(/<|>|&/);
    expect(JSON.parse(inner)).toEqual(exportJsonLd(hostile));
  });
});
