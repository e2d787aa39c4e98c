import { render } from 'preact';

// The page popover: an extension page shown in an iframe inside a closed shadow root, so the
// page's own scripts can neither read it nor see what the reader types. Filled in by the glossing issue.
function Popover() {
  return <div role="dialog" aria-label="NewsGloss term" />;
}

render(<Popover />, document.getElementById('app')!);
