package org.leavenotify.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.leavenotify.testsupport.StompFrameClient;

/**
 * The path of docs/production.md, from an empty store to a company using the product, tested end to end
 * on this machine: the standalone store reached by URI, two nodes with the {@code prod} profile in relay
 * mode on RabbitMQ, nginx with TLS in front (scripts/proxy). The first administrator comes from a password
 * file, as documented; she takes on a manager and an employee over HTTPS. The employee asks for leave
 * while her manager's device listens over WSS, and both nodes are restarted one after the other in the
 * middle of it (the rolling restart of the docs); then the signing key is rotated, node by node. Every
 * request is answered, the manager's device ends up holding every notification once, and tokens and the
 * refresh cookie issued before the rotation keep working: nothing lost, nobody logged out. The example
 * client of the repository (examples/StompClient.java) is told live through the proxy too. Last, the
 * proxy's own promises: HSTS and Secure cookies over HTTPS, HTTP redirected, and a client's forged
 * X-Forwarded-For never reaching the nodes.
 */
class ProductionPathTest {

    private static final String FIRST_PASSWORD = "the operator's one-time first password";
    private static final String ROSAS_PASSWORD = "rosa chose this passphrase herself";
    private static final String NEW_STAFF_PASSWORD = "a long first password from HR 7";
    private static final int AFTER_THE_RESTARTS = 10;
    private static final int AT_MOST = 1500;

    @Test
    void anEmptyInstallationBehindTlsServesLeaveThroughARollingRestartAndAKeyRotationLosingNothingAndLoggingNobodyOut()
            throws Exception {
        Cluster cluster = Cluster.get(); // the tests' RabbitMQ (skips, saying why, where it cannot run)
        Path dir = Cluster.DIR.resolve("production-path-" + System.nanoTime());
        try (ProductionDeployment deployment = ProductionDeployment.withStoreAndNodes(dir, "node-1", "node-2")) {
            String firstKey = ProductionDeployment.newSigningKey();
            Path passwordFile = deployment.ownerOnlyFile("first-administrator-password", FIRST_PASSWORD);
            List<String> firstAdministrator = List.of("--leavenotify.first-administrator.username=rosa",
                    "--leavenotify.first-administrator.display-name=Rosa Root",
                    "--leavenotify.first-administrator.password-file=" + passwordFile);
            deployment.startNode("node-1", firstKey, List.of(), firstAdministrator);
            deployment.startNode("node-2", firstKey, List.of(), firstAdministrator);
            deployment.startProxy();
            Api api = new Api(deployment.https(), deployment.client());

            // the first administrator signs in over HTTPS, choosing her own password, and takes people on
            assertThat(api.call("POST", "/api/auth/login", null, credentials("rosa", FIRST_PASSWORD)).body())
                    .contains("PASSWORD_CHANGE_REQUIRED");
            String rosa = (String) Api.json(api.call("POST", "/api/auth/login", null,
                    "{\"username\":\"rosa\",\"password\":\"" + FIRST_PASSWORD + "\",\"newPassword\":\"" + ROSAS_PASSWORD
                            + "\"}"), 200).get("accessToken");
            String bobId = takeOn(api, rosa, "bob", "Bob Boss", "[\"MANAGER\"]", null);
            takeOn(api, rosa, "alice", "Alice Able", "[]", bobId);
            SignedIn alice = signIn(deployment, "alice");
            SignedIn bob = signIn(deployment, "bob");
            assertThat(alice.cookie()).as("the refresh cookie over HTTPS").contains("Secure").contains("HttpOnly");
            assertThat(alice.hsts()).as("HSTS over HTTPS").contains("max-age=");

            // the manager's device listens over WSS and reconnects through the proxy whenever it is dropped
            Device device = new Device("bob");
            AtomicBoolean running = new AtomicBoolean(true);
            device.connectWith(() -> StompFrameClient.connect(deployment.wss(), deployment.client(), bob.token()), null);
            List<Integer> drops = Collections.synchronizedList(new ArrayList<>());
            ExecutorService background = Executors.newFixedThreadPool(2);
            Future<?> reconnecting = background.submit(() -> {
                while (running.get()) {
                    StompFrameClient current = device.current();
                    try {
                        drops.add(current.closed().get(1, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.TimeoutException stillOpen) {
                        continue;
                    }
                    Awaitility.await("the device reconnected").atMost(Duration.ofSeconds(60))
                            .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                            .until(() -> device.connectWith(() -> StompFrameClient.connect(deployment.wss(),
                                    deployment.client(), bob.token()), null) != null);
                }
                return null;
            });

            // the employee keeps asking; each request must reach the manager's device before the next one
            AtomicBoolean restartsDone = new AtomicBoolean(false);
            List<String> asked = Collections.synchronizedList(new ArrayList<>());
            List<String> refused = Collections.synchronizedList(new ArrayList<>());
            Future<?> asking = background.submit(() -> {
                int afterTheRestarts = 0;
                while (asked.size() < AT_MOST && afterTheRestarts < AFTER_THE_RESTARTS) {
                    try {
                        asked.add(api.asksForADayOff(alice.token()));
                    } catch (RuntimeException | AssertionError e) {
                        refused.add(e.getMessage());
                        continue;
                    }
                    int expected = asked.size();
                    Awaitility.await("the manager's device holds request " + expected).atMost(Duration.ofSeconds(90))
                            .pollInterval(Duration.ofMillis(20)).until(() -> device.held().size() >= expected);
                    if (restartsDone.get()) {
                        afterTheRestarts++;
                    }
                }
                return null;
            });

            // the rolling restart: one node at a time, each stopped gracefully and started again
            Awaitility.await("leave flowing").atMost(Duration.ofSeconds(60)).until(() -> asked.size() >= 5);
            int droppedBefore = drops.size();
            for (String node : List.of("node-1", "node-2")) {
                deployment.restart(node, firstKey, List.of());
            }
            restartsDone.set(true);
            asking.get(5, TimeUnit.MINUTES);

            assertThat(refused).as("requests refused or failed during the rolling restart").isEmpty();
            assertThat(drops.size() - droppedBefore).as("the device was dropped by the node it was on")
                    .isGreaterThanOrEqualTo(1);
            assertThat(drops).as("each time told to go (1001) by the stopping node, through the proxy")
                    .allSatisfy(drop -> assertThat(drop).isEqualTo(1001));
            List<String> stored = api.allNotificationIds(bob.token());
            assertThat(stored).as("one notification per request, none lost, none twice").hasSize(asked.size())
                    .doesNotHaveDuplicates();
            assertThat(device.held()).as("the device holds every one, once").containsExactlyElementsOf(stored);

            // the key rotation: node by node, the new key signs and the old one still verifies
            String secondKey = ProductionDeployment.newSigningKey();
            for (String node : List.of("node-1", "node-2")) {
                deployment.restart(node, secondKey, List.of(firstKey));
            }
            for (int call = 0; call < 4; call++) {
                assertThat(api.call("GET", "/api/leave-requests/mine", alice.token(), null).status())
                        .as("a token signed before the rotation, call " + call).isEqualTo(200);
            }
            String renewed = refresh(deployment, bob.cookie());
            for (int node = 0; node < 2; node++) {
                assertThat(new Api(deployment.port(node == 0 ? "node-1" : "node-2"))
                        .call("GET", "/api/notifications?limit=1", renewed, null).status())
                        .as("a token renewed after the rotation, on every node").isEqualTo(200);
            }
            // the repository's example client works through the proxy too, trusting its certificate
            Path printed = dir.resolve("example-client.log");
            Process example = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djavax.net.ssl.trustStore=" + dir.resolve("proxy/tls/truststore.p12"),
                    "-Djavax.net.ssl.trustStorePassword=changeit",
                    Cluster.REPOSITORY.resolve("examples/StompClient.java").toString(), "bob", NEW_STAFF_PASSWORD,
                    deployment.https()).redirectErrorStream(true).redirectOutput(printed.toFile()).start();
            try {
                Awaitility.await("the example client subscribed").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> Files.readString(printed).contains("Subscribed (subscribed-notifications)"));
                api.asksForADayOff(alice.token());
                Awaitility.await("the example client told live").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> Files.readString(printed).contains("NEW  LEAVE_REQUEST_SUBMITTED"));
            } finally {
                example.destroy();
            }

            running.set(false);
            reconnecting.get(30, TimeUnit.SECONDS);
            background.shutdown();
            device.close();

            // plain HTTP is sent to HTTPS, and a forged X-Forwarded-For never reaches the nodes: failed logins
            // that each claim another address are all counted against the one address the proxy saw
            HttpResponse<Void> plain = deployment.client().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + deployment.httpPort() + "/api/leave-requests/mine")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(plain.statusCode()).isEqualTo(301);
            assertThat(plain.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
            int status = 0;
            for (int attempt = 1; attempt <= 40 && status != 429; attempt++) {
                status = deployment.client().send(HttpRequest.newBuilder(URI.create(deployment.https() + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", "203.0.113." + attempt)
                        .POST(HttpRequest.BodyPublishers.ofString(credentials("nobody-" + attempt, "wrong"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            assertThat(status).as("the per-address limit reached despite a new forged address each time").isEqualTo(429);
            System.out.println("PRODUCTION-PATH requests=" + asked.size() + " refused=" + refused.size()
                    + " device-drops=" + drops.size() + " " + drops + " notifications=" + stored.size() + " lost=0 duplicated=0");
        }
    }

    private record SignedIn(String token, String cookie, String hsts) {
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    private static String takeOn(Api api, String hr, String username, String name, String roles, String managerId) {
        return (String) Api.json(api.call("POST", "/api/admin/employees", hr, ("{\"username\":\"%s\",\"displayName\":\"%s\","
                + "\"roles\":%s,\"managerId\":%s,\"annualAllowance\":25,\"initialPassword\":\"%s\"}").formatted(username,
                name, roles, managerId == null ? "null" : "\"" + managerId + "\"", NEW_STAFF_PASSWORD)), 201).get("id");
    }

    private static SignedIn signIn(ProductionDeployment deployment, String username) throws Exception {
        HttpResponse<String> answer = deployment.client().send(HttpRequest.newBuilder(
                        URI.create(deployment.https() + "/api/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials(username, NEW_STAFF_PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> body = Api.json(new Api.Response(answer.statusCode(), answer.body()), 200);
        return new SignedIn((String) body.get("accessToken"),
                answer.headers().firstValue("Set-Cookie").orElse(""),
                answer.headers().firstValue("Strict-Transport-Security").orElse(""));
    }

    /** The web client's renewal: the refresh cookie alone, with the header a cross-site form cannot send. */
    private static String refresh(ProductionDeployment deployment, String setCookie) throws Exception {
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        HttpResponse<String> answer = deployment.client().send(HttpRequest.newBuilder(
                        URI.create(deployment.https() + "/api/auth/refresh")).header("Cookie", cookie)
                .header("X-Requested-With", "XMLHttpRequest").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return (String) Api.json(new Api.Response(answer.statusCode(), answer.body()), 200).get("accessToken");
    }
}
