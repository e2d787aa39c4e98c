export function Popup() {
  return (
    <main class="popup" aria-label="NewsGloss">
      <h1>NewsGloss</h1>
      <p>Search and notes are coming soon.</p>
    </main>
  );
}
