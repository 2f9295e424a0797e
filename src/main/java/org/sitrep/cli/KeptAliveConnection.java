package org.sitrep.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept open for GET requests one after another, as a browser's is: the load test's client.
 * The JDK's {@code HttpClient} spent about 2.5 ms of CPU per request on its selector and futures, a third of what
 * the server spent, on the same two cores the server needs; this reads and writes the bytes and nothing more.
 * Not thread-safe: one per client thread. Bodies are read (Content-Length, chunked, or to the end) and dropped.
 */
final class KeptAliveConnection implements Closeable {
    private static final int TIMEOUT_MILLIS = 60_000;
    private final URI server;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** A connection to {@code server} (http only: the load test runs on loopback), opened at the first request. */
    KeptAliveConnection(URI server) {
        if (!"http".equalsIgnoreCase(server.getScheme()) || server.getHost() == null) {
            throw new IllegalArgumentException("server must be an http:// address with a host; got: " + server);
        }
        this.server = server;
    }

    /**
     * Sends {@code GET path} and reads the whole answer. Returns its status code.
     *
     * @throws IOException when the server does not answer in 60 s or the connection breaks; the connection is then
     *     closed, and the next request opens a new one
     */
    int get(String path) throws IOException {
        try {
            if (socket == null) {
                open();
            }
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + server.getAuthority() + "\r\nAccept: */*\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readAnswer();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        int port = server.getPort() < 0 ? 80 : server.getPort();
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(new InetSocketAddress(server.getHost(), port), TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private int readAnswer() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closes = value.contains("close");
                default -> { }
            }
        }
        if (chunked) {
            readChunks();
        } else if (length >= 0) {
            skip(length);
        } else {
            in.transferTo(OutputStream.nullOutputStream());
            closes = true;
        }
        if (closes) {
            close();
        }
        return status;
    }

    private void readChunks() throws IOException {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            skip(size);
            line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers carry nothing the load test needs
        }
    }

    private long chunkSize() throws IOException {
        String size = line();
        int semicolon = size.indexOf(';');
        return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the connection closed " + left + " bytes before the body's end");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** One header line without its CR LF (ASCII). */
    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed in the middle of an answer's head");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken connection: nothing more to do with it
            }
            socket = null;
        }
    }
}
