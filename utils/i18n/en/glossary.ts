/** English messages for the glossary's data as the reader sees it: the dates of an entry's sources. */
export default {
  /** The date of a source that prints none: {date} is the day it was read. */
  glossary_sourceRead: 'read {date}',
  /** The line under an entry's summary: how old its facts are. */
  glossary_newestSource: 'Newest source: {date}',
  glossary_newestSourceRead: 'Newest source: read {date}',
} as const;
