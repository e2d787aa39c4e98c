export default defineBackground(() => {
  // Message routing, context menus and commands arrive with later features.
});
