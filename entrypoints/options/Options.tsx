export function Options() {
  return (
    <main aria-label="NewsGloss settings">
      <h1>NewsGloss settings</h1>
      <p>Settings arrive with the options issue.</p>
    </main>
  );
}
