// The notification client on a page without React or any other framework. In an application of your own
// import it by its package name: import { NotificationService } from '@leave-notify/notification-client';
import { NotificationService } from '../src/index.js';

const $ = (id) => document.getElementById(id);
const FROM_SCRIPT = { 'X-Requested-With': 'leave-notify' };

/** POSTs JSON; the parsed answer, or an Error carrying the problem's detail. */
async function post(path, body, headers = {}) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.detail ?? `${path} answered ${response.status}`);
  return answer;
}

let service = null;

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  $('problem').textContent = '';
  try {
    const { accessToken } = await post('/api/auth/login',
      { username: form.get('username'), password: form.get('password') });
    start(form.get('username'), accessToken);
  } catch (error) {
    $('problem').textContent = error.message;
  }
});

function start(username, accessToken) {
  service?.disconnect();
  service = new NotificationService({
    token: accessToken,
    // The server refused the token (it expired): renew it with the refresh cookie the login set.
    onAuthExpired: async () => {
      try {
        const { accessToken: renewed } = await post('/api/auth/refresh', undefined, FROM_SCRIPT);
        service.useToken(renewed);
      } catch (error) {
        $('problem').textContent = `Signed out: ${error.message}`;
        service.disconnect();
      }
    },
  });
  service.subscribe(render);
  service.connect();
  $('who').textContent = username;
  $('sign-in').hidden = true;
  $('feed').hidden = false;
  render(service.getState());
}

$('mark-all-read').addEventListener('click', () => service?.markAllRead());

/** Draws the state: called on every change, so it rebuilds the list (text only: nothing is parsed as HTML). */
function render(state) {
  $('connection').textContent = state.connection;
  $('unread').textContent = String(state.unreadCount);
  $('problem').textContent = state.error ?? '';
  $('notifications').replaceChildren(...state.items.map((notification) => {
    const item = document.createElement('li');
    item.dataset.id = notification.id;
    item.dataset.type = notification.type;
    item.className = notification.read ? 'read' : 'unread';
    const title = document.createElement('strong');
    title.textContent = notification.title;
    const when = document.createElement('time');
    when.dateTime = notification.createdAt;
    when.textContent = new Date(notification.createdAt).toLocaleString();
    item.append(title, ' ', notification.message, ' ', when);
    if (!notification.read) {
      const markRead = document.createElement('button');
      markRead.type = 'button';
      markRead.textContent = 'Mark read';
      markRead.addEventListener('click', () => service.markRead(notification.id));
      item.append(' ', markRead);
    }
    return item;
  }));
}
