package org.leavenotify.benchmarks.load;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every STOMP session of the load tool on one Netty event loop: WebSocket handshake, CONNECT with the
 * bearer token, then SUBSCRIBE with a receipt to the notification destinations; a session is ready
 * when every receipt has come back. Frames are written and read by hand ({@link StompFrame}).
 */
final class StompClients implements AutoCloseable {

    static final String NOTIFICATIONS = "/user/queue/notifications";
    static final String UNREAD_COUNT = "/user/queue/notifications/unread-count";
    static final String LIST = "/user/queue/notifications/list";

    private static final JsonMapper JSON = JsonMapper.shared();

    /** What a notification frame carried, with the time it was read off the socket. */
    record Received(Session session, String id, String type, String title, String message, String leaveRequestId,
                    String actorId, long receivedNanos) {
    }

    interface Listener {
        /** Called on the event loop for every frame on {@code /user/queue/notifications}. */
        void notification(Received received);
    }

    private final EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    /** Every channel opened, so that closing the clients frees every socket at once. */
    private final io.netty.channel.group.ChannelGroup channels =
            new io.netty.channel.group.DefaultChannelGroup(io.netty.util.concurrent.GlobalEventExecutor.INSTANCE);
    private final URI uri;
    private final Listener listener;
    private final boolean subscribeUnreadCount;
    final AtomicLong unexpectedCloses = new AtomicLong();
    final AtomicLong errorFrames = new AtomicLong();

    StompClients(URI uri, Listener listener, boolean subscribeUnreadCount) {
        this.uri = uri;
        this.listener = listener;
        this.subscribeUnreadCount = subscribeUnreadCount;
    }

    /** Opens the session; the returned future completes when its subscriptions are active. */
    CompletableFuture<Void> open(Session session) {
        session.ready = new CompletableFuture<>();
        session.closed = new CompletableFuture<>();
        session.closing = false;
        session.stage = "connecting";
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .subprotocol("v12.stomp")
                .version(WebSocketVersion.V13)
                .maxFramePayloadLength(1 << 20)
                .handshakeTimeoutMillis(60_000)
                .dropPongFrames(true)
                .build();
        Bootstrap bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 60_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(8192),
                                new WebSocketClientProtocolHandler(config), new WebSocketFrameAggregator(1 << 20),
                                new SessionHandler(session));
                    }
                });
        ChannelFuture connect = bootstrap.connect(uri.getHost(), uri.getPort());
        session.channel = connect.channel();
        channels.add(connect.channel());
        connect.addListener(done -> {
            if (!done.isSuccess()) {
                session.ready.completeExceptionally(done.cause());
            }
        });
        return session.ready;
    }

    /** Closes the session's connection (DISCONNECT first) and waits until it is closed. */
    void close(Session session) throws InterruptedException, ExecutionException, TimeoutException {
        Channel channel = session.channel;
        if (channel == null) {
            return;
        }
        channel.eventLoop().submit(() -> {
            session.closing = true;
            if (channel.isActive()) {
                session.write(StompFrame.disconnect());
            }
            channel.close();
        }).get(30, TimeUnit.SECONDS);
        channel.closeFuture().get(30, TimeUnit.SECONDS);
    }

    /**
     * Runs a no-op on the event loop and waits for it: every frame read before this call has been handled,
     * and what the handlers wrote is visible to the calling thread afterwards.
     */
    void quiesce() throws InterruptedException, ExecutionException {
        loop.submit(() -> { }).get();
    }

    <T> T onLoop(java.util.concurrent.Callable<T> task) throws InterruptedException, ExecutionException {
        return loop.submit(task).get();
    }

    @Override
    public void close() {
        channels.close().awaitUninterruptibly(60, TimeUnit.SECONDS);
        loop.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class SessionHandler extends SimpleChannelInboundHandler<TextWebSocketFrame> {

        private final Session session;

        SessionHandler(Session session) {
            this.session = session;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                if (context.pipeline().get(HttpObjectAggregator.class) != null) {
                    context.pipeline().remove(HttpObjectAggregator.class);
                }
                session.stage = "CONNECT sent";
                context.channel().writeAndFlush(new io.netty.handler.codec.http.websocketx.TextWebSocketFrame(
                        StompFrame.connect(session.user.token))).addListener(written -> session.stage = written.isSuccess()
                        ? "CONNECT written (channel " + context.channel() + ", session channel " + session.channel + ")"
                        : "CONNECT not written: " + written.cause());
            } else if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                session.ready.completeExceptionally(new TimeoutException("WebSocket handshake timed out"));
            }
            super.userEventTriggered(context, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, TextWebSocketFrame frame) {
            long now = System.nanoTime();
            StompFrame stomp = StompFrame.parse(frame.text());
            if (stomp == null) {
                return;
            }
            switch (stomp.command()) {
                case "CONNECTED" -> {
                    session.stage = "CONNECTED";
                    subscribe();
                }
                case "RECEIPT" -> {
                    if (--session.receiptsAwaited == 0) {
                        session.ready.complete(null);
                    }
                }
                case "MESSAGE" -> message(stomp, now);
                case "ERROR" -> {
                    session.stage = "ERROR " + stomp.headers().get("message");
                    errorFrames.incrementAndGet();
                    session.ready.completeExceptionally(new IllegalStateException("ERROR frame: "
                            + stomp.headers().get("message") + " " + stomp.body()));
                }
                default -> { }
            }
        }

        private void subscribe() {
            session.receiptsAwaited = subscribeUnreadCount ? 3 : 2;
            session.write(StompFrame.subscribe("n", NOTIFICATIONS, "r-n"));
            session.write(StompFrame.subscribe("l", LIST, "r-l"));
            if (subscribeUnreadCount) {
                session.write(StompFrame.subscribe("c", UNREAD_COUNT, "r-c"));
            }
        }

        private void message(StompFrame frame, long now) {
            String subscription = frame.headers().getOrDefault("subscription", "");
            switch (subscription) {
                case "n" -> {
                    JsonNode json = JSON.readTree(frame.body());
                    JsonNode actor = json.path("actor");
                    Received received = new Received(session, text(json, "id"), text(json, "type"),
                            text(json, "title"), text(json, "message"), text(json, "leaveRequestId"),
                            text(actor, "id"), now);
                    listener.notification(received);
                }
                case "c" -> session.unreadCountFrames++;
                case "l" -> {
                    Session.ListReplies replies = session.listReplies;
                    if (replies != null) {
                        replies.reply(frame.body());
                    }
                }
                default -> { }
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) throws Exception {
            if (context.channel() != session.channel) {
                super.channelInactive(context);
                return;
            }
            if (!session.closing) {
                unexpectedCloses.incrementAndGet();
            }
            session.stage = session.stage + ", then closed";
            session.ready.completeExceptionally(new IllegalStateException("connection closed"));
            session.closed.complete(null);
            super.channelInactive(context);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            if (context.channel() == session.channel) {
                session.ready.completeExceptionally(cause);
            }
            context.close();
        }
    }
}
