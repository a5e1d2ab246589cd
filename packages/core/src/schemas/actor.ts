import * as z from 'zod/mini';
import { doc } from './primitives/doc.js';
import { IdSchema, ref } from './primitives/id.js';
import { CountryCodeSchema } from './primitives/country.js';
import { ParleyDateSchema } from './primitives/date.js';
import { NamesSchema } from './primitives/names.js';
import { SameAsSchema } from './primitives/same-as.js';
import { line, paragraph } from './primitives/text.js';
import { rule } from './primitives/rule.js';

const common = {
  id: doc(IdSchema, 'Unique id within the document, e.g. `ukraine` or `rustem-umerov`.'),
  names: doc(z.optional(NamesSchema), 'Other-language or other-script forms of the name, by language tag.'),
  description: doc(
    z.optional(paragraph(500)),
    'One sentence saying who this is, for readers who do not know.',
  ),
  sameAs: doc(
    z.optional(SameAsSchema),
    'Wikidata ids or authority URLs of the same entity, for joining data sets.',
  ),
};

export const StateSchema = z
  .strictObject({
    kind: z.literal('state'),
    ...common,
    name: doc(line(200), 'Name in the timeline\'s language, e.g. "Ukraine".'),
    country: doc(CountryCodeSchema, 'ISO 3166-1 alpha-2 code, e.g. `UA`.'),
  })
  .check(z.describe('A sovereign state taking part in or affected by the negotiations: `kind: "state"`.'));

export const OrganisationSchema = z
  .strictObject({
    kind: z.literal('organisation'),
    ...common,
    name: doc(line(200), 'Name in the timeline\'s language, e.g. "Turkish Ministry of Foreign Affairs".'),
    country: doc(z.optional(CountryCodeSchema), 'Country the organisation belongs to, if any.'),
    partOf: z.optional(ref('party', 'Id of the state or organisation this one belongs to.')),
  })
  .check(
    z.describe('A ministry, agency, alliance, news organisation or other body: `kind: "organisation"`.'),
  );

export const RoleSchema = z
  .strictObject({
    title: doc(line(200), 'The office in words, e.g. "Defence Minister".'),
    of: z.optional(ref('party', 'Id of the state or organisation the role belongs to.')),
    from: doc(z.optional(ParleyDateSchema), 'When the person took up the role.'),
    to: doc(z.optional(ParleyDateSchema), 'When the person left it; absent while they still hold it.'),
  })
  .check(rule('roleInterval'))
  .check(z.describe('An office a person held, optionally for a period: "Defence Minister" of `ukraine`.'));

export const PersonSchema = z
  .strictObject({
    kind: z.literal('person'),
    ...common,
    name: doc(
      z.optional(line(200)),
      "Full name in the timeline's language; leave out for someone known only by role.",
    ),
    roles: doc(z.optional(z.array(RoleSchema).check(z.maxLength(50))), 'Offices held, most relevant first.'),
  })
  .check(rule('personName'))
  .check(
    z.describe(
      'A person: `kind: "person"`. A person known only by role ("Turkey\'s head of intelligence") has no `name` but at least one role.',
    ),
  );

export const ActorSchema = z
  .discriminatedUnion('kind', [StateSchema, OrganisationSchema, PersonSchema])
  .check(z.describe('Anyone or anything that acts in a timeline, told apart by `kind`.'));

export type State = z.infer<typeof StateSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Actor = z.infer<typeof ActorSchema>;
