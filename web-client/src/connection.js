import { createContext, useContext } from 'react';

/** Why actions are disabled while the server cannot be reached. */
export const OFFLINE_REASON = 'Not connected to the server: this is possible again once the connection is back.';

/** Whether the server can be reached, as the live connection says; pages disable their actions when not. */
export const ConnectionContext = createContext(true);

/** {disabled, title} for a button that needs the server (spread onto it; `busy` adds its own reason to wait). */
export function useServerAction(busy = false) {
  const reachable = useContext(ConnectionContext);
  return { disabled: busy || !reachable, title: reachable ? undefined : OFFLINE_REASON };
}
