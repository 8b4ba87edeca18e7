package org.leavenotify.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw client of the abuse and limit tests: a WebSocket on a plain socket, the handshake and every frame
 * written by hand, so that a test can send what no well-behaved library would (text frames that are not UTF-8,
 * frames of any size, anything as a STOMP frame, half a frame), stop after any byte, or stop reading. For
 * STOMP as a browser speaks it, {@link StompTestClient}.
 */
public final class RawWebSocket implements AutoCloseable {

    /** What came back: a text or binary message, or the connection's end with its close code. */
    public record Received(int opcode, byte[] payload) {

        public static final int TEXT = 1;
        public static final int BINARY = 2;
        public static final int CLOSE = 8;
        public static final int EOF = -1;

        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        public int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
        }

        public boolean isEnd() {
            return opcode == CLOSE || opcode == EOF;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private int handshakeStatus = -1;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Opens {@code /ws}; {@code origin} null sends no Origin header; {@code receiveBuffer} 0 keeps the default. */
    public static RawWebSocket open(int port, String origin, int receiveBuffer) throws IOException {
        RawWebSocket socket = requestUpgrade(port, origin, receiveBuffer);
        socket.readHead();
        return socket;
    }

    /**
     * Opens a socket and writes the upgrade request for {@code /ws}, with {@code headers} as whole lines
     * ({@code "X-Forwarded-For: 203.0.113.1"}); the answer is left for {@link #readHead()}.
     */
    public static RawWebSocket requestUpgrade(int port, String origin, String... headers) throws IOException {
        return requestUpgrade(port, origin, 0, headers);
    }

    private static RawWebSocket requestUpgrade(int port, String origin, int receiveBuffer, String... headers)
            throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(30_000);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        StringBuilder request = new StringBuilder("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: v12.stomp\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        if (origin != null) {
            request.append("Origin: ").append(origin).append("\r\n");
        }
        request.append("\r\n");
        RawWebSocket raw = new RawWebSocket(socket);
        raw.out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        raw.out.flush();
        return raw;
    }

    /** The status line and headers of the handshake's answer, up to the blank line. */
    public String readHead() throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String statusLine = head.toString().lines().findFirst().orElse("");
        handshakeStatus = statusLine.length() >= 12 ? Integer.parseInt(statusLine.substring(9, 12)) : -1;
        return head.toString();
    }

    /** What follows the head of a refused handshake (its problem+json body), read until it ends or 2 s pass quietly. */
    public String readRest() throws IOException {
        socket.setSoTimeout(2_000);
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            int read;
            while ((read = in.read(buffer)) > 0) {
                text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                if (text.indexOf("}") >= 0) {
                    break;
                }
            }
        } catch (SocketTimeoutException enough) {
            // what came is what there is
        }
        return text.toString();
    }

    public int handshakeStatus() {
        return handshakeStatus;
    }

    /** Bytes as they are: half a frame, say. */
    public void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads until the connection ends: the close frame's code, or -1 when it ended without one. */
    public int awaitCloseCode() throws IOException {
        while (true) {
            Received received = receive();
            if (received == null) {
                throw new AssertionError("the connection was still open after the socket's timeout");
            }
            if (received.isEnd()) {
                return received.closeCode();
            }
        }
    }

    public void sendText(String text) throws IOException {
        sendFrame(Received.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One frame with the opcode and payload given, masked as a client must. */
    public void sendFrame(int opcode, byte[] payload) throws IOException {
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
    public Received receive() throws IOException {
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

    public void soTimeout(int millis) throws IOException {
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
