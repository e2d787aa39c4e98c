/**
 * Limits and timings, each in one place with the reason for its value.
 */

/** The popover's first line: short enough to read at a glance (the glossary's style rule). */
export const SUMMARY_MAX_WORDS = 40;
/** The longer paragraph shown on demand. */
export const CONTEXT_MAX_WORDS = 120;
/** Headwords and aliases longer than this are certainly mistakes in a pack. */
export const TERM_MAX_CHARS = 120;
/** Abbreviations are short forms; anything longer belongs in aliases. */
export const ABBREVIATION_MAX_CHARS = 16;

/** Pointer resting on a term this long opens its popover: long enough that sweeping across text does not. */
export const HOVER_OPEN_DELAY_MS = 350;
/** After the pointer leaves a term or popover, this long to reach the popover before it closes. */
export const HOVER_CLOSE_GRACE_MS = 400;
/** A task this long delays input noticeably (the Long Tasks API's threshold): none of ours should be. */
export const LONG_TASK_MS = 50;
/** One slice of scanning work; well under the 50 ms long-task line so input stays responsive. */
export const SCAN_SLICE_BUDGET_MS = 8;
/** Scanning takes at most this much of any second, so a page that never stops changing stays responsive. */
export const SCAN_BUDGET_PER_SECOND_MS = 400;
/** The window SCAN_BUDGET_PER_SECOND_MS is counted over. */
export const SCAN_BUDGET_WINDOW_MS = 1000;
/** While a long scan runs, marks are redrawn at most this often (each redraw restyles the page). */
export const RENDER_INTERVAL_MS = 250;
/** …and as soon as a slice has found this many terms since the last redraw, the slice ending there (Scanner). */
export const REPORT_AFTER_OCCURRENCES = 1000;
/**
 * A block of text longer than this (one huge text node) is matched window by window, each a slice's
 * worth; windows overlap by more than the longest term so a term across a window edge is found whole.
 */
export const BLOCK_WINDOW_CHARS = 32_768;
export const BLOCK_WINDOW_OVERLAP_CHARS = 256;
/**
 * A changed subtree with at most this much text is first checked as one string (its textContent) and
 * walked only if a term may be in it. Walking reads every node from the content script's isolated
 * world, where Chromium keeps each node's wrapper in a table of its own: several times the page's own
 * cost per node, with stalls of tens of ms whenever that table grows (seen under the mutation storm
 * fixture). Bigger subtrees are walked in slices: checking them whole would be a long task itself.
 */
export const CHANGED_SUBTREE_CHECK_MAX_CHARS = BLOCK_WINDOW_CHARS;
/** Marks are drawn in the next animation frame, or after this long where no frame comes (a background tab). */
export const NEXT_FRAME_FALLBACK_MS = 200;
/**
 * How often a content script checks that its extension is still there. Chromium leaves the old script
 * running when the extension is reloaded, updated or disabled and tells it nothing; only a look at
 * browser.runtime.id does (WXT's ctx.isValid), and that stops the session. Once a second: a stale mark
 * goes within a second, for the cost of one property read.
 */
export const EXTENSION_ALIVE_CHECK_MS = 1000;
/** Mutations are collected for this long before their subtrees are scanned, so bursts cost one pass. */
export const MUTATION_BATCH_DELAY_MS = 150;
/** The popover's width in CSS pixels; its height follows its content up to the maximum. */
export const POPOVER_WIDTH_PX = 360;
export const POPOVER_MAX_HEIGHT_PX = 440;
/** Gap between a term and its popover. */
export const POPOVER_OFFSET_PX = 6;
/** The popover keeps this far from the viewport's edges. */
export const POPOVER_VIEWPORT_PADDING_PX = 8;
/** Squeezed between a term and the viewport's edge, the popover keeps at least this height (it scrolls). */
export const POPOVER_MIN_HEIGHT_PX = 120;
/**
 * The popover page says hello to the content script this many times, this far apart, until it gets its
 * port: the content script may not be listening yet when the frame first loads (10 s in all).
 */
export const POPOVER_HELLO_ATTEMPTS = 40;
export const POPOVER_HELLO_INTERVAL_MS = 250;
/** Slack around a term's boxes, in CSS pixels, so the pointer need not sit exactly on the glyphs. */
export const HIT_SLOP_PX = 1;
/** Notes are plain text up to this length. */
export const NOTE_MAX_CHARS = 10_000;
/** Typing in a note is saved this long after the last keystroke. */
export const NOTE_SAVE_DEBOUNCE_MS = 400;
/** After the site switch flips, the tab's content script needs a moment to rescan before it is asked again. */
export const SITE_SWITCH_SETTLE_MS = 400;
/** Notes files larger than this are refused before parsing; a full export of every entry is far smaller. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Hover delay choices: below 100 ms sweeping the pointer opens popovers; above 2 s hovering feels broken. */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;
/** Popup search: at most this many strings per index go on to fuse each keystroke, likeliest first, so a keystroke stays within the benchmark's 10 ms target. */
export const SEARCH_CANDIDATE_CAP = 64;
/** Popup search: fuse's answers for this many recent patterns are kept, so typing on reuses the earlier words'. */
export const SEARCH_CACHE_SIZE = 64;

/**
 * How many mentions later a full name can still explain a short form that came before it: a
 * headline's or standfirst's "Haqqani" is named in full in the first paragraphs, not pages later.
 */
export const LATER_NAME_MAX_MENTIONS = 12;

/** While a page's first scan runs, the background asks again this often for the badge's count… */
export const BADGE_RECHECK_MS = 500;
/** …at most this many times (a page that never stops changing keeps the count it had then). */
export const BADGE_RECHECKS = 20;

/**
 * storage.sync's limits, the same in Chrome and Firefox (chrome.storage.sync.QUOTA_BYTES and friends):
 * 100 KB in all, 8 KB an item (its key and its JSON), 512 items, 120 writes a minute and 1,800 an hour
 * (a set and a remove each count). NewsGloss plans
 * below them: SYNC_HEADROOM_BYTES is left free so a small edit elsewhere never fails for want of room.
 */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_ITEM_MAX_BYTES = 8_192;
export const SYNC_MAX_ITEMS = 512;
export const SYNC_HEADROOM_BYTES = 4_096;
/** "Near full" is said from here on (a share of SYNC_QUOTA_BYTES). */
export const SYNC_NEAR_FULL_SHARE = 0.8;
/** A sync waits this long after the last change of a burst (typing a note saves every few hundred ms). */
export const SYNC_DEBOUNCE_MS = 2_000;
/**
 * Syncs start at least this far apart. A sync writes at most twice (one set, one remove), so this keeps
 * a reader who edits all day to 1,440 writes an hour and 24 a minute, under storage.sync's 1,800 and
 * 120: the debounce alone allowed one sync every 2 s, 3,600 writes an hour when each also removed.
 */
export const SYNC_MIN_INTERVAL_MS = 5_000;
