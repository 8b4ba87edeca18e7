// Compiled (not run) by `npm test`: an adopter's TypeScript, checked against the package's declarations.
import {
  NotificationService, type InboxChange, type Notification, type NotificationState, type RestPaths, type RestSchemas,
} from '@leave-notify/notification-client';
import { fakeClientFactory } from '@leave-notify/notification-client/testing';

const service = new NotificationService({ token: 'an access token', createClient: fakeClientFactory().create });

const stop: () => void = service.subscribe((state: NotificationState) => {
  const newest: Notification | undefined = state.items[0];
  const who: string | undefined = newest?.actor.displayName;
  const unread: number = state.unreadCount;
  const connected: boolean = state.connection === 'connected';
  console.log(who, unread, connected, newest?.leaveRequestId ?? 'no request');
});
service.connect();
service.markRead('0123456789abcdef01234567');
stop();

const change: InboxChange['change'] = 'ALL_READ';
const signedIn: RestSchemas['AccessTokenResponse'] = { accessToken: 'an access token', tokenType: 'Bearer' };
type Login = RestPaths['/api/auth/login']['post'];
const loginBody: NonNullable<Login['requestBody']>['content']['application/json'] = { username: 'bob', password: 'demo' };
// @ts-expect-error: the REST API has no such path
type Nowhere = RestPaths['/api/nowhere'];
console.log(signedIn, loginBody);
// @ts-expect-error: the server sends no such kind of notification
const unknownKind: Notification['type'] = 'LEAVE_REQUEST_EXPLODED';
// @ts-expect-error: ids are strings
service.markRead(42);
// @ts-expect-error: the token is required
new NotificationService({});
console.log(change, unknownKind);
