/** English messages for the manifest, the browser's own surfaces and what every page shares. */
export default {
  extName: 'NewsGloss',
  extDescription:
    'Explains the terms news readers stumble on, in place, from a bundled sourced glossary. Works offline; nothing leaves the browser.',
  cmdOpen: 'Open NewsGloss',
  cmdToggleSite: 'Switch glossing on or off for this site',
  cmdNextTerm: 'Go to the next glossed term and open it',
  cmdPreviousTerm: 'Go to the previous glossed term and open it',
  popoverFrameTitle: 'NewsGloss term',
} as const;
