/**
 * leave-notify's notification client: the user's notification feed over STOMP, for any web page.
 * See README.md; the payload types come from the server's AsyncAPI description (types/payloads.d.ts), the
 * REST API's from its OpenAPI description (types/rest.d.ts).
 */

/** @typedef {import('./NotificationService.js').NotificationState} NotificationState */
/** @typedef {import('./NotificationService.js').NotificationServiceOptions} NotificationServiceOptions */
/** @typedef {import('../types/payloads.js').Notification} Notification */
/** @typedef {import('../types/payloads.js').Actor} Actor */
/** @typedef {import('../types/payloads.js').NotificationPage} NotificationPage */
/** @typedef {import('../types/payloads.js').UnreadCount} UnreadCount */
/** @typedef {import('../types/payloads.js').InboxChange} InboxChange */
/** @typedef {import('../types/payloads.js').ErrorReply} ErrorReply */
/** @typedef {import('../types/payloads.js').ListRequest} ListRequest */
/** @typedef {import('../types/rest.js').paths} RestPaths the REST API's paths, from its OpenAPI description */
/** @typedef {import('../types/rest.js').components['schemas']} RestSchemas the REST API's schemas */

export {
  backoffDelay,
  createStompClient,
  DESTINATIONS,
  isAuthRefusal,
  mergeNotifications,
  NotificationService,
  webSocketUrl,
} from './NotificationService.js';
