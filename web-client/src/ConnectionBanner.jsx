import { useEffect, useState } from 'react';
import { useNotifications } from './useNotifications.js';

/**
 * A banner while the live connection is down: what is happening, when the next try is, and "Retry now".
 * Offline (the browser says so): nothing is tried until the network is back, which the page notices itself.
 */
export default function ConnectionBanner({ service }) {
  const { connection, retryInMs } = useNotifications(service);
  const [since, setSince] = useState(() => Date.now());
  const [, tick] = useState(0);

  useEffect(() => {
    setSince(Date.now());
  }, [retryInMs]);

  useEffect(() => {
    if (connection !== 'reconnecting' || retryInMs == null) return undefined;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [connection, retryInMs]);

  if (connection === 'offline') {
    return (
      <div className="connection-banner" role="status">
        You are offline. Nothing can be sent until the network is back; the page reconnects by itself.
      </div>
    );
  }
  if (connection !== 'reconnecting') return null;
  const left = retryInMs == null ? null : Math.max(0, Math.ceil((retryInMs - (Date.now() - since)) / 1000));
  return (
    <div className="connection-banner" role="status">
      <span>
        Connection to the server lost.{' '}
        {left === null ? 'Reconnecting…' : `Trying again in ${left} s.`}
      </span>
      <button type="button" className="link-button" onClick={() => service.retryNow()}>Retry now</button>
    </div>
  );
}
