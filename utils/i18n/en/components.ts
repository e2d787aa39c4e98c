/** English messages for components (see utils/i18n/catalog.ts for the format). */
export default {} as const;
