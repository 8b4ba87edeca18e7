package org.leavenotify.adapter.persistence;

import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's TCP listener: mongo-java-server's wire protocol handlers behind a gate. A connection
 * is served only once its first command names the listener's secret as the client's application name (the
 * {@code appName} of the connection string, which the MongoDB driver sends in the handshake of every
 * connection it opens); any other first command closes it, before it can read or write anything. The
 * secret is drawn at random for each start and lives in this process only, so another local process that
 * finds the port cannot use it. (mongo-java-server has no authentication of its own; this is the door the
 * driver can knock on.)
 */
final class StoreListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreListener.class);

    private final EventLoopGroup boss = new NioEventLoopGroup(1, new MongoThreadFactory("embedded-store-boss"));
    private final EventLoopGroup workers = new NioEventLoopGroup(0, new MongoThreadFactory("embedded-store-worker"));
    private final ChannelGroup clients = new DefaultChannelGroup("embedded-store-clients", boss.next());
    private final Channel server;
    private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

    StoreListener(MongoBackend backend, String host, int port, String secret) {
        byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
        try {
            server = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 100)
                    .localAddress(host, port)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
                                    new MongoWireProtocolHandler(), new Gate(expected),
                                    new MongoDatabaseHandler(backend, clients), new MongoExceptionHandler());
                        }
                    })
                    .bind().syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            shutDownGroups();
            throw e;
        }
    }

    InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    /** Stops listening and disconnects every client; closing again does nothing. */
    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        try {
            server.close().syncUninterruptibly();
            clients.close().syncUninterruptibly();
        } finally {
            shutDownGroups();
        }
    }

    private void shutDownGroups() {
        boss.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Lets the first command through only with the secret; then steps out of the way. */
    private static final class Gate extends ChannelInboundHandlerAdapter {

        private final byte[] expected;

        Gate(byte[] expected) {
            this.expected = expected;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (MessageDigest.isEqual(expected, applicationName(message).getBytes(StandardCharsets.UTF_8))) {
                context.pipeline().remove(this);
                context.fireChannelRead(message);
                return;
            }
            ReferenceCountUtil.release(message);
            LOG.warn("Embedded store: refused a connection from {} that did not present this process's secret",
                    context.channel().remoteAddress());
            context.close();
        }

        private static String applicationName(Object message) {
            Document command = message instanceof MongoQuery query ? query.getQuery()
                    : message instanceof MongoMessage msg ? msg.getDocument() : null;
            Object client = command == null ? null : command.get("client");
            Object application = client instanceof Document document ? document.get("application") : null;
            Object name = application instanceof Document document ? document.get("name") : null;
            return name instanceof String text ? text : "";
        }
    }
}
