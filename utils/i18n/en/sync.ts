/** English messages for opt-in sync (utils/sync/, the options page's Sync section). */
export default {
  sync_quotaError:
    'The browser refused to sync: its sync storage is full or was written too often. Everything is still in this browser; NewsGloss tries again at the next change.',
  sync_heading: 'Sync',
  sync_switch: 'Keep my notes, own terms and settings in this browser’s sync storage',
  sync_explain:
    'Off unless you switch it on. Chrome and Firefox keep sync storage with your browser account and copy it to your other computers where you are signed in; NewsGloss still runs no server and makes no request. Sync storage holds about 100 KB: the settings, your own terms and the newest notes that fit; the rest stay in this browser only. Imported glossary packs are not synced. Switching sync off keeps everything in this browser.',
  sync_usage: 'Last synced {when}: {used} KB of {quota} KB of sync storage in use.',
  sync_nearFull: 'Sync storage is nearly full: older notes will stay in this browser only.',
  sync_localOnly_one: '{count} note stays in this browser only (it does not fit): {notes}.',
  sync_localOnly_other: '{count} notes stay in this browser only (they do not fit): {notes}.',
  sync_conflictLabel: 'Note on {term} changed on two devices',
  sync_conflict:
    'Your note on {term} was changed here and on another device since they last synced. This browser keeps its text until you choose.',
  sync_theirText: 'The other device’s text:',
  sync_keepMine: 'Keep this browser’s',
  sync_keepTheirs: 'Keep the other device’s',
  sync_keepBoth: 'Keep both',
} as const;
