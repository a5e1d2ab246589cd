/** A date in TimelineJS3's JSON: parts as numbers or numeric strings, as its Google Sheet writes them. */
export interface TimelineJsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
}

export interface TimelineJsText {
  headline?: string;
  /** HTML, in TimelineJS. */
  text?: string;
}

export interface TimelineJsMedia {
  url?: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  link?: string;
}

/** One slide of a TimelineJS3 timeline. */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: TimelineJsText;
  media?: TimelineJsMedia;
  group?: string;
  display_date?: string;
  background?: { url?: string; color?: string };
  autolink?: boolean;
  unique_id?: string;
}

export interface TimelineJsEra {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: TimelineJsText;
}

/** A TimelineJS3 JSON document (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsDocument {
  title?: TimelineJsSlide;
  events?: TimelineJsSlide[];
  eras?: TimelineJsEra[];
  scale?: 'human' | 'cosmological';
}
