import { plural, type Translation } from './translation.js';

const p = (count: number, one: string, other: string) => plural('en', count, { one, other });

/** English, the fallback for any string a page's language lacks. */
export const en: Translation = {
  dir: 'ltr',
  loading: 'Loading the timeline…',
  empty: 'No events in this timeline yet.',
  errorTitle: 'This timeline cannot be shown',
  errorLead: 'Something is wrong with its data. The page’s author can fix it:',
  errorForAuthor: 'For the page’s author',
  lineColumn: (line, column) => `line ${line}, column ${column}`,
  moreProblems: (count) => `…and ${p(count, '# more problem', '# more problems')}.`,
  eventCount: (count) => p(count, '# event', '# events'),
  updated: 'Updated',
  atAGlance: 'At a glance',
  agreed: 'Agreed',
  exchanged: 'Exchanged',
  next: 'What comes next',
  earlier: (count) => plural('en', count, { other: '# earlier, in the timeline below' }),
  later: (count) => plural('en', count, { other: '# more, in the timeline below' }),
  types: {
    talks: 'Talks',
    agreement: 'Agreement',
    document: 'Document',
    statement: 'Statement',
    proposal: 'Proposal',
    'military-action': 'Military action',
    sanctions: 'Sanctions',
    context: 'Context',
  },
  details: 'Details',
  sources: 'Sources',
  place: 'Place',
  involved: 'Involved',
  photo: 'Photo',
  reported: 'Reported',
  claimBy: (name) => `Claim by ${name}`,
  opinion: 'Opinion',
  reportedBy: (name) => `as reported by ${name}`,
  claim: 'claim',
  byDate: (date) => `By ${date}`,
  fromDate: (date) => `From ${date}`,
  dateNotExact: 'exact day not reported',
  live: {
    added: 'New',
    changed: 'Updated',
    failed: 'Could not refresh; this is the last version received.',
    announce: (added, changed) =>
      [
        added ? p(added, '# new event', '# new events') : '',
        changed ? p(changed, '# updated', '# updated') : '',
      ]
        .filter(Boolean)
        .join(', '),
  },
  controls: {
    group: 'Filter and sort the timeline',
    byType: 'Type',
    byParty: 'Who',
    find: 'Find',
    newestFirst: 'Newest first',
    oldestFirst: 'Oldest first',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    clear: 'Clear filters',
    showing: (shown, total) =>
      shown === total
        ? `Showing all ${p(total, '# event', '# events')}`
        : `Showing ${p(shown, '#', '#')} of ${p(total, '# event', '# events')}`,
    noMatch: 'No events match. Clear the filters to see them all.',
  },
  // Only the values that do not read as written; see `Translation.words`.
  words: {
    'walk-out': 'walk-out',
    'remains-exchange': 'exchange of the bodies of the fallen',
    'follow-up-meeting': 'follow-up meeting',
    'leaders-meeting': 'leaders’ meeting',
  },
};
