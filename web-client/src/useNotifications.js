import { useSyncExternalStore } from 'react';

/** The NotificationService's state for a React component; re-renders on every change. */
export function useNotifications(service) {
  return useSyncExternalStore(service.subscribe, service.getState, service.getState);
}
