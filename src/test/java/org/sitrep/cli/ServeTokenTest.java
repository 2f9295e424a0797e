package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: the write token from a file or the environment, never too short, and a warning when it is on the command line. */
class ServeTokenTest {
    private static final String GOOD = "correct-horse-battery-staple";
    private static final Pattern SERVING = Pattern.compile("serving .* at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, err.toString());
    }

    @Test
    void aTokenShorterThanSixteenCharactersIsBadUsage() {
        Run r = run("serve", "--data", dir.resolve("data").toString(), "--port", "0", "--token", "s3cret");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--token: the write token must be at least 16 characters; got: 6");
    }

    @Test
    void aShortTokenFileIsBadUsage() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "short\n");
        Run r = run("serve", "--data", dir.resolve("data").toString(), "--port", "0", "--token-file", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--token-file " + file + ": the write token must be at least 16 characters; got: 5");
    }

    @Test
    void aMissingTokenFileIsBadUsageNamingIt() {
        Path file = dir.resolve("nope");
        Run r = run("serve", "--data", dir.resolve("data").toString(), "--port", "0", "--token-file", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--token-file: cannot read " + file);
    }

    @Test
    void bothTokenOptionsAreBadUsage() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), GOOD);
        Run r = run("demo", "--data", dir.resolve("data").toString(), "--port", "0", "--token-file", file.toString(), "--token", GOOD);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("give the write token either with --token-file or with --token, not both");
    }

    /** A real {@code sitrep serve} process, until closed. */
    private final class Server implements AutoCloseable {
        final Process process;
        final int port;
        final List<String> err = new ArrayList<>();

        Server(Map<String, String> environment, String... options) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--data", dir.resolve("data").toString(),
                    "--host", "127.0.0.1", "--port", "0"));
            command.addAll(List.of(options));
            ProcessBuilder b = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            b.environment().remove("SITREP_TOKEN");
            b.environment().putAll(environment);
            process = b.start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            Integer found = null;
            for (String line = lines.readLine(); line != null && found == null; line = found == null ? lines.readLine() : null) {
                err.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    found = Integer.parseInt(m.group(1));
                }
            }
            assertThat(found).as("serve's output: %s", err).isNotNull();
            port = found;
        }

        int correct(String token) throws IOException, InterruptedException {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/entities/person-nobody/corrections"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"rename\",\"name\":\"X\"}")).build();
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void theTokenComesFromTheEnvironment() throws Exception {
        try (Server s = new Server(Map.of("SITREP_TOKEN", GOOD))) {
            assertThat(s.correct("wrong-token-of-some-length")).isEqualTo(401);
            assertThat(s.correct(GOOD)).as("past the token: no such entity").isEqualTo(400);
            assertThat(s.err).noneMatch(l -> l.contains("warning"));
        }
    }

    @Test
    void theTokenComesFromAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), GOOD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        try (Server s = new Server(Map.of(), "--token-file", file.toString())) {
            assertThat(s.correct(GOOD)).isEqualTo(400);
            assertThat(s.err).noneMatch(l -> l.contains("warning"));
        }
    }

    @Test
    void aTokenFileOthersCanReadWorksWithAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), GOOD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Server s = new Server(Map.of(), "--token-file", file.toString())) {
            assertThat(s.correct(GOOD)).isEqualTo(400);
            assertThat(s.err).anyMatch(l -> l.contains("warning: --token-file " + file + " is readable by other users; chmod 600 it"));
        }
    }

    @Test
    void aTokenOnTheCommandLineWorksWithAWarning() throws Exception {
        try (Server s = new Server(Map.of(), "--token", GOOD)) {
            assertThat(s.correct(GOOD)).isEqualTo(400);
            assertThat(s.err).anyMatch(l -> l.contains("warning: --token is visible to other users of this machine"));
        }
    }
}
