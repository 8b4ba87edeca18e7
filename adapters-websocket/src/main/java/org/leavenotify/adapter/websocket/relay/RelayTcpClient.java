package org.leavenotify.adapter.websocket.relay;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.messaging.simp.stomp.StompReactorNettyCodec;
import org.springframework.messaging.tcp.reactor.ReactorNettyTcpClient;

/**
 * The relay's TCP client over a list of RabbitMQ nodes: each connection (the system connection, each
 * client session's, every reconnection) goes to the next node in turn, so when one node is down the
 * next attempt reaches another.
 */
final class RelayTcpClient {

    private RelayTcpClient() {
    }

    static ReactorNettyTcpClient<byte[]> over(List<String> hosts) {
        List<InetSocketAddress> addresses = hosts.stream().map(RelayTcpClient::address).toList();
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("leavenotify.broker.relay.hosts names no RabbitMQ node");
        }
        AtomicInteger next = new AtomicInteger();
        return new ReactorNettyTcpClient<>(client -> client.remoteAddress(
                () -> addresses.get(Math.floorMod(next.getAndIncrement(), addresses.size()))),
                new StompReactorNettyCodec());
    }

    static InetSocketAddress address(String host) {
        int colon = host.lastIndexOf(':');
        if (colon <= 0 || colon == host.length() - 1) {
            throw new IllegalArgumentException("leavenotify.broker.relay.hosts: expected host:port, got '" + host + "'");
        }
        String name = host.substring(0, colon);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return InetSocketAddress.createUnresolved(name, Integer.parseInt(host.substring(colon + 1)));
    }
}
