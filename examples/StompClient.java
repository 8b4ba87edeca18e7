import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example client of the seed ("use the included client example code"): logs in, connects to the
 * STOMP endpoint with the token, subscribes to the user's notification destinations, asks for the
 * newest notifications, and prints every notification that arrives live. JDK only, no build needed:
 *
 * <pre>java examples/StompClient.java bob demo [http://localhost:8080]</pre>
 */
public class StompClient {

    private static final char NUL = '\0';

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java examples/StompClient.java <username> <password> [base-url]");
            System.exit(2);
        }
        String base = args.length > 2 ? args[2] : "http://localhost:8080";
        String token = logIn(base, args[0], args[1]);
        System.out.println("Logged in as " + args[0] + "; connecting to " + base.replaceFirst("^http", "ws") + "/ws");

        CountDownLatch closed = new CountDownLatch(1);
        StringBuilder partial = new StringBuilder();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            for (String frame : partial.toString().split(String.valueOf(NUL))) {
                                if (!frame.isBlank()) {
                                    print(frame.stripLeading());
                                }
                            }
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        System.out.println("Connection closed: " + statusCode + " " + reason);
                        closed.countDown();
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        System.out.println("Connection failed: " + error.getMessage());
                        closed.countDown();
                    }
                }).join();

        send(socket, "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:Bearer " + token + "\n\n");
        send(socket, "SUBSCRIBE\nid:0\ndestination:/user/queue/notifications\nreceipt:subscribed-notifications\n\n");
        send(socket, "SUBSCRIBE\nid:1\ndestination:/user/queue/notifications/unread-count\n\n");
        send(socket, "SUBSCRIBE\nid:2\ndestination:/user/queue/notifications/list\n\n");
        send(socket, "SUBSCRIBE\nid:3\ndestination:/user/queue/errors\n\n");
        send(socket, "SEND\ndestination:/app/notifications\ncontent-type:application/json\n\n{\"limit\":5}");
        System.out.println("Listening; press Ctrl+C to stop.");
        closed.await();
    }

    private static void print(String frame) {
        int headerEnd = frame.indexOf("\n\n");
        String command = frame.substring(0, frame.indexOf('\n') < 0 ? frame.length() : frame.indexOf('\n'));
        String headers = headerEnd < 0 ? frame : frame.substring(0, headerEnd);
        String body = headerEnd < 0 ? "" : frame.substring(headerEnd + 2);
        switch (command) {
            case "CONNECTED" -> System.out.println("Connected.");
            case "RECEIPT" -> System.out.println("Subscribed (" + header(headers, "receipt-id") + ").");
            case "ERROR" -> System.out.println("Refused: " + header(headers, "message") + " " + body);
            case "MESSAGE" -> {
                String destination = header(headers, "destination");
                if (destination.endsWith("/notifications")) {
                    System.out.println("NEW  " + field(body, "type") + ": " + field(body, "title") + " - " + field(body, "message"));
                } else if (destination.endsWith("/unread-count")) {
                    System.out.println("     unread: " + body.replaceAll("\\D", ""));
                } else if (destination.endsWith("/list")) {
                    System.out.println("Newest notifications: " + body);
                } else {
                    System.out.println("Error reply: " + body);
                }
            }
            default -> System.out.println(frame);
        }
    }

    private static String header(String headers, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + ":(.*)$").matcher(headers);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static void send(WebSocket socket, String frame) {
        socket.sendText(frame + NUL, true).join();
    }

    private static String logIn(String base, String username, String password) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.body());
        }
        return field(response.body(), "accessToken");
    }
}
