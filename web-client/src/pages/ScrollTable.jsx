/**
 * A table that scrolls sideways inside its own box when the screen is narrower than it, so that the page
 * never does; the box is focusable and named, so it can be scrolled from the keyboard too.
 */
export default function ScrollTable({ label, children }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
