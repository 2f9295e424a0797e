package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.Json;
import org.sitrep.core.StorageException;

/**
 * The note a running server leaves in its data directory ({@value #FILE}, readable by its owner alone): where it
 * listens, its process id, and a key made for this run. Other commands on the data directory find the server there
 * and give the key with their work; whoever can read the note could open the data directory anyway, so the key grants
 * nothing more than that. The note is removed when the server stops; one left by a killed server names an address
 * nobody answers at, and is ignored.
 *
 * @param url the server's base URL for a client on this machine, like {@code http://127.0.0.1:7070}
 */
record ServerNote(String url, long pid, String key) {
    static final String FILE = "server.json";

    /** A note written, removed on close. */
    interface Written extends AutoCloseable {
        @Override
        void close();
    }

    /** A new random key: 24 bytes, URL-safe base64. */
    static String newKey() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The note of this process serving on {@code host} and {@code port}; a wildcard host is reached on loopback. */
    static ServerNote of(String host, int port, String key) {
        return new ServerNote("http://" + reachable(host) + ":" + port, ProcessHandle.current().pid(), key);
    }

    private static String reachable(String host) {
        String h = host.replaceAll("^\\[|]$", "");
        if (h.equals("0.0.0.0") || h.isEmpty()) {
            return "127.0.0.1";
        }
        if (h.equals("::") || h.equals("0:0:0:0:0:0:0:0")) {
            return "[::1]";
        }
        return h.contains(":") ? "[" + h + "]" : h;
    }

    /** The note in {@code dataDir}, empty when there is none or it cannot be read (another user's, or half written). */
    static Optional<ServerNote> read(Path dataDir) {
        try {
            String text = Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8);
            return Json.parse(text).filter(Map.class::isInstance).map(Map.class::cast).flatMap(m -> {
                Object url = m.get("url");
                Object pid = m.get("pid");
                Object key = m.get("key");
                return url instanceof String u && pid instanceof Number p && key instanceof String k
                        ? Optional.of(new ServerNote(u, p.longValue(), k)) : Optional.empty();
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the note into {@code dataDir}, readable by the owner alone, replacing any left by a server that was
     * killed. Returns what removes it again.
     */
    Written write(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Path partial = dataDir.resolve(FILE + "." + pid + ".tmp");
        try {
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: it keeps its own permissions.
                Files.createFile(partial);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("url", url);
            body.put("pid", pid);
            body.put("key", key);
            Files.writeString(partial, Json.write(body) + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new StorageException("cannot write " + file + ": " + partial + " appeared meanwhile", e);
        } catch (IOException e) {
            throw new StorageException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return () -> removeIfOurs(file);
    }

    /** Removes the note unless another server has written its own since. */
    private void removeIfOurs(Path file) {
        Path dataDir = file.getParent();
        if (read(dataDir).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A note left behind is ignored by the next command once nobody answers at its address.
            }
        }
    }
}
