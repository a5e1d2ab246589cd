import type {
  Agreement,
  Casualties,
  DocumentEvent,
  EventType,
  MilitaryAction,
  Proposal,
  Provision,
  RelationKind,
  Sanctions,
  Talks,
} from '@parley/core';
import { formatNumber, pluralCategory } from './intl-cache.js';

/** Every value of a data field that readers see in words: `inconclusive`, `withheld`, `drones`… */
export type DataWord =
  | NonNullable<Talks['format'] | Talks['outcome'] | Talks['timeOfDay']>
  | Agreement['status']
  | Provision['kind']
  | NonNullable<Provision['status']>
  | DocumentEvent['documentKind' | 'status']
  | Proposal['subject' | 'status']
  | NonNullable<MilitaryAction['means']>[number]
  | Casualties['kind']
  | Sanctions['status'];

/** The labels of an event's details, in the order the card shows them. */
export interface DetailLabels {
  round: string;
  host: string;
  presidedBy: string;
  mediators: string;
  attendees: string;
  format: string;
  duration: string;
  outcome: string;
  delegations: string;
  parties: string;
  status: string;
  provisions: string;
  covers: string;
  number: string;
  document: string;
  from: string;
  to: string;
  proposal: string;
  proposedBy: string;
  wouldInvolve: string;
  by: string;
  against: string;
  means: string;
  target: string;
  scale: string;
  casualties: string;
  imposedBy: string;
  kind: string;
  sectors: string;
  /** A proposal's target date, and the latest date by which it should happen. */
  plannedFor: string;
  deadline: string;
  /** When a provision was carried out. */
  carriedOut: string;
}

/**
 * The words only an opened event uses. The script tag loads English ones with the details file
 * (`parley-timeline.details.js`); a translation that leaves `detail` out gets those.
 */
export interface DetailWords {
  labels: DetailLabels;
  roundOf: (round: string, series: string) => string;
  ledBy: (name: string) => string;
  about: (figure: string) => string;
  durationAbout: (duration: string) => string;
  durationUnder: (duration: string) => string;
  durationOver: (duration: string) => string;
  /** A range of durations, e.g. "24 hours to 48 hours", each already in words. */
  durationRange: (shortest: string, longest: string) => string;
  durationAtLeast: (duration: string) => string;
  durationUpTo: (duration: string) => string;
  record: string;
  secondary: string;
  /** What a figure counts, e.g. "1,000 from each side", "2,000 in total". */
  eachSide: (figure: string) => string;
  inTotal: (figure: string) => string;
  oneSide: (figure: string) => string;
  /** How an event stands to another, as the label before the other's title. */
  relations: Record<RelationKind, string>;
  /** Said of an event marked as background, from outside the timeline's period. */
  background: string;
}

/** The words of live updates (`refresh`): markers on events, and what is announced. */
export interface LiveLabels {
  /** Marks an event that arrived with the last refresh. */
  added: string;
  /** Marks an event that changed with the last refresh. */
  changed: string;
  /** Shown quietly when a refresh fails; the last good timeline stays on screen. */
  failed: string;
  /** Announced politely after a refresh that changed something, e.g. "2 new events, 1 updated". */
  announce: (added: number, changed: number) => string;
}

/** The words of the card's controls: filters, order, expand and collapse, what is shown. */
export interface ControlLabels {
  /** Names the group of controls for screen readers. */
  group: string;
  byType: string;
  byParty: string;
  find: string;
  newestFirst: string;
  oldestFirst: string;
  expandAll: string;
  collapseAll: string;
  clear: string;
  /** Announced after each change, e.g. "Showing 3 of 19 events" (format numbers with `plural`). */
  showing: (shown: number, total: number) => string;
  noMatch: string;
}

/**
 * Everything the card says in its own words, for one language. Data (titles, summaries, quotes)
 * is shown as written; these are the words around it. Functions take numbers and names already
 * formatted for the language, so a table only orders words.
 *
 * Hint: to add a language, copy `en` and translate it, then `ParleyTimeline.addLocale('pl', pl)`.
 */
export interface Translation {
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  loading: string;
  empty: string;
  /** The error state's heading and first line, for readers. */
  errorTitle: string;
  errorLead: string;
  /** Introduces the list of problems, which is written for the page's author. */
  errorForAuthor: string;
  lineColumn: (line: string, column: string) => string;
  moreProblems: (count: number) => string;
  eventCount: (count: number) => string;
  updated: string;
  atAGlance: string;
  agreed: string;
  exchanged: string;
  next: string;
  /**
   * Before the latest items of an At-a-glance section: how many earlier ones it leaves to the
   * timeline. Optional (English is used), so translations written before it keep working.
   */
  earlier?: (count: number) => string;
  /** After the soonest items of What comes next: how many later ones it leaves to the timeline. Optional. */
  later?: (count: number) => string;
  /** Event types, as the card labels each event. */
  types: Record<EventType, string>;
  details: string;
  sources: string;
  place: string;
  involved: string;
  photo: string;
  /** How a cited source stands: reported fact, someone's claim, or opinion. */
  reported: string;
  claimBy: (name: string) => string;
  opinion: string;
  reportedBy: (name: string) => string;
  /** Short words beside a citation marker, so claims and opinion are never shown as fact. */
  claim: string;
  /** Day headings for dates that are not one known day. */
  byDate: (date: string) => string;
  fromDate: (date: string) => string;
  dateNotExact: string;
  controls: ControlLabels;
  live: LiveLabels;
  /** The words of opened events; English (`englishTranslation.detail`) when left out. */
  detail?: DetailWords;
  /**
   * Data values in words. A value missing here is shown as the data writes it, hyphens as
   * spaces (`partial-agreement` → "partial agreement"), which is why English lists only a few.
   */
  words: Partial<Record<DataWord, string>>;
}

/**
 * Picks the plural form of `count` in `locale` and puts the formatted number in place of `#`.
 *
 * @example plural('en', 3, { one: '# event', other: '# events' }) //=> '3 events'
 */
export function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return (forms[pluralCategory(locale, count)] ?? forms.other).replace('#', formatNumber(locale, count));
}
