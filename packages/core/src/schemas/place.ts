import * as z from 'zod/mini';
import { doc } from './primitives/doc.js';
import { IdSchema, ref } from './primitives/id.js';
import { CountryCodeSchema } from './primitives/country.js';
import { NamesSchema } from './primitives/names.js';
import { SameAsSchema } from './primitives/same-as.js';
import { line } from './primitives/text.js';

export const CoordinatesSchema = z
  .strictObject({
    latitude: doc(z.number().check(z.minimum(-90), z.maximum(90)), '−90 (south) to 90 (north).'),
    longitude: doc(z.number().check(z.minimum(-180), z.maximum(180)), '−180 (west) to 180 (east).'),
  })
  .check(z.describe('WGS 84 coordinates in decimal degrees.'));

export const PlaceSchema = z
  .strictObject({
    id: doc(IdSchema, 'Unique id within the document, e.g. `ciragan-palace`.'),
    name: doc(line(200), 'Name in the timeline\'s language, e.g. "Ciragan Palace".'),
    names: doc(z.optional(NamesSchema), 'Other-language forms, e.g. `{ "tr": "Çırağan Sarayı" }`.'),
    kind: doc(
      z.optional(z.enum(['venue', 'city', 'region', 'country', 'other'])),
      'What sort of place this is.',
    ),
    city: doc(z.optional(line(200)), 'City the venue is in, e.g. "Istanbul".'),
    within: z.optional(
      ref(
        'place',
        'Id of the place this one lies within: a venue within its city, a city within its region.',
      ),
    ),
    country: doc(CountryCodeSchema, 'ISO 3166-1 alpha-2 code of the country, e.g. `TR`.'),
    coordinates: doc(z.optional(CoordinatesSchema), 'Where it is on a map.'),
    sameAs: doc(z.optional(SameAsSchema), 'Wikidata ids or authority URLs of the same place.'),
  })
  .check(
    z.describe('Where something happened: a venue such as Ciragan Palace, a city, a region or a country.'),
  );

export type Coordinates = z.infer<typeof CoordinatesSchema>;
export type Place = z.infer<typeof PlaceSchema>;
