package org.leavenotify.benchmarks.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The control port of a benchmark server: plain HTTP on 127.0.0.1 only, outside the application's web
 * server and security chain, answering text. Calls ({@code POST}, body as lines where one is needed):
 * <ul>
 *   <li>{@code /seed}: CSV lines of employees to create;</li>
 *   <li>{@code /tokens}: usernames; answers {@code username<TAB>employeeId<TAB>token} lines;</li>
 *   <li>{@code /preload?count=N[&title=T&read=false]}: recipients; stores N notifications spread over them
 *       (read, titled "bench history", unless said otherwise);</li>
 *   <li>{@code /bare-push?rate=R&seconds=D}: recipients; pushes pre-built notifications to them;</li>
 *   <li>{@code /gc}: full GC, then the heap in use and the sessions held;</li>
 *   <li>{@code /sessions}, {@code /cpu}: sessions held; CPU time of the server process.</li>
 * </ul>
 */
final class BenchControl implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BenchControl.class);

    private final int requestedPort;
    private final BenchOperations operations;
    private HttpServer server;
    private ExecutorService executor;

    BenchControl(int requestedPort, BenchOperations operations) {
        this.requestedPort = requestedPort;
        this.operations = operations;
    }

    /** The port the control server listens on, once started. */
    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the bench control port " + requestedPort, e);
        }
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "bench-control");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        route("/seed", (call) -> "created=" + operations.seed(call.lines()));
        route("/tokens", (call) -> String.join("\n", operations.tokens(call.lines())));
        route("/preload", (call) -> "stored=" + operations.preload(Integer.parseInt(call.param("count")), call.lines(),
                call.params().getOrDefault("title", BenchOperations.HISTORY_TITLE),
                !"false".equals(call.params().get("read"))));
        route("/bare-push", (call) -> operations.barePush(call.lines(), Double.parseDouble(call.param("rate")),
                Double.parseDouble(call.param("seconds"))));
        route("/gc", (call) -> operations.heapAfterGc());
        route("/sessions", (call) -> operations.sessions());
        route("/cpu", (call) -> operations.cpu());
        server.start();
        LOG.info("Bench control port (benchmarks only) on 127.0.0.1:{}", port());
    }

    private void route(String path, Function<Call, String> handler) {
        server.createContext(path, exchange -> {
            byte[] answer;
            int status;
            try {
                answer = handler.apply(Call.of(exchange)).getBytes(StandardCharsets.UTF_8);
                status = 200;
            } catch (RuntimeException e) {
                LOG.warn("Bench control call {} failed", path, e);
                answer = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
                status = 500;
            }
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer);
            }
        });
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    private record Call(Map<String, String> params, List<String> lines) {

        static Call of(HttpExchange exchange) {
            Map<String, String> params = new HashMap<>();
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    String[] keyValue = pair.split("=", 2);
                    params.put(keyValue[0], keyValue.length > 1 ? URLDecoder.decode(keyValue[1], StandardCharsets.UTF_8) : "");
                }
            }
            try {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                return new Call(params, Arrays.stream(body.split("\n")).filter(line -> !line.isBlank()).toList());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String param(String name) {
            String value = params.get(name);
            if (value == null) {
                throw new IllegalArgumentException("missing parameter " + name);
            }
            return value;
        }
    }
}
