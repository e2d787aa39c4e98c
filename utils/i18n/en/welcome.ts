/** English messages for the welcome page, shown once when NewsGloss is installed. */
export default {
  welcome_pageTitle: 'Welcome to NewsGloss',
  welcome_heading: 'NewsGloss is ready',
  welcome_lead:
    'On the news pages you read, NewsGloss marks the terms a newcomer stumbles on and explains them in place.',
  welcome_tryHeading: 'Try it here',
  welcome_tryPointer: 'Rest the pointer on a marked term, or click it, to read its entry.',
  welcome_tryKeys: 'Press {keys} to step from term to term with the keyboard.',
  welcome_tryNoKey:
    'To step from term to term with the keyboard, give “Go to the next glossed term” a key with “Change shortcuts” below.',
  welcome_sampleSource:
    'Pakistan’s Foreign Office, in a statement on its talks with the Afghan Taliban (November 2025), as reported in the news.',
  welcome_unsupported:
    'This browser cannot mark terms: it lacks the CSS Custom Highlight API (Chrome 105, Firefox 140).',
  welcome_failed: 'The sample could not be glossed: {reason}',
  welcome_privacyHeading: 'Private',
  welcome_privacyNetwork:
    'Everything runs in your browser: NewsGloss makes no network request and collects nothing.',
  welcome_privacyStorage:
    'Your notes and your own terms stay in this browser’s storage; pages cannot read them.',
  welcome_options: '{button} to choose the hover delay, what is marked, and the sites NewsGloss stays off.',
  welcome_optionsButton: 'Open the options',
  welcome_keysHeading: 'Keyboard',
  welcome_keyNotSet: 'not set',
  welcome_changeShortcuts: 'Change shortcuts',
  welcome_coverHeading: 'What the glossaries cover',
  welcome_coverReading: 'Reading the glossaries…',
  welcome_coverPack: '{name}: {description}',
  welcome_coverPackSize_one: '({count} entry, reviewed up to {date})',
  welcome_coverPackSize_other: '({count} entries, reviewed up to {date})',
  welcome_coverElsewhere: 'Other regions are not covered yet. You can add your own terms in the options.',
} as const;
