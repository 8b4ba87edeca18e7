import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

/** Any address the app does not know. */
export default function NotFoundPage() {
  const heading = useRef(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" ref={heading} tabIndex={-1}>Page not found</h1>
      <p>There is no page at this address.</p>
      <p><Link to="/">Go to my leave</Link></p>
    </section>
  );
}
