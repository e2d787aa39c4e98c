/** Text with some ranges marked: each piece is rendered as text (never as HTML). */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  const pieces: preact.JSX.Element[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) pieces.push(<>{text.slice(at, start)}</>);
    pieces.push(<mark>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) pieces.push(<>{text.slice(at)}</>);
  return <>{pieces}</>;
}
