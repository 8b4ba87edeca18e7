package org.leavenotify.bootstrap.abuse;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a plain socket, so that a test can send what no well-behaved library would:
 * text frames that are not UTF-8, frames of any size, anything as a STOMP frame, or stop reading.
 */
final class RawWebSocket implements AutoCloseable {

    /** What came back: a text or binary message, or the connection's end with its close code. */
    record Received(int opcode, byte[] payload) {

        static final int TEXT = 1;
        static final int BINARY = 2;
        static final int CLOSE = 8;
        static final int EOF = -1;

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
        }

        boolean isEnd() {
            return opcode == CLOSE || opcode == EOF;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final int handshakeStatus;

    private RawWebSocket(Socket socket, int handshakeStatus) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.handshakeStatus = handshakeStatus;
    }

    /** Opens {@code /ws}; {@code origin} null sends no Origin header; {@code receiveBuffer} 0 keeps the default. */
    static RawWebSocket open(int port, String origin, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(30_000);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        InputStream raw = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = raw.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String statusLine = head.toString().lines().findFirst().orElse("");
        int status = statusLine.length() >= 12 ? Integer.parseInt(statusLine.substring(9, 12)) : -1;
        return new RawWebSocket(socket, status);
    }

    int handshakeStatus() {
        return handshakeStatus;
    }

    void sendText(String text) throws IOException {
        sendFrame(Received.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One frame with the opcode and payload given, masked as a client must. */
    void sendFrame(int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift) & 0xff);
            }
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /**
     * The next message (its fragments joined: the server sends a message longer than its 1 KB output
     * buffer in several frames), or the end of the connection; waits up to the socket timeout and then
     * reports {@code null}.
     */
    Received receive() throws IOException {
        try {
            int opcode = -1;
            java.io.ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();
            boolean last;
            do {
                int first = in.readUnsignedByte();
                last = (first & 0x80) != 0;
                if (opcode == -1) {
                    opcode = first & 0x0f; // continuation frames carry opcode 0
                }
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[Math.toIntExact(length)];
                in.readFully(payload);
                message.write(payload);
            } while (!last);
            return new Received(opcode, message.toByteArray());
        } catch (EOFException | java.net.SocketException e) {
            return new Received(Received.EOF, new byte[0]);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    void soTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
