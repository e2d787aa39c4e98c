/** English messages for popover (see utils/i18n/catalog.ts for the format). */
export default {} as const;
