package org.sitrep.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Who may write: whoever gives the write token (typed into a form, or {@code Authorization: Bearer TOKEN}), and the
 * commands on this machine that give the data directory's key (see {@link ServerSettings#localKey()}). Wrong
 * attempts count per client address ({@link FailedAttempts}), whichever credential they tried. Nothing is kept in a
 * cookie, so another site cannot make a browser write.
 */
final class WriteAccess {
    /** Why a write was refused: the HTTP status, the message, and seconds to wait (0 when waiting does not help). */
    record Refusal(int status, String message, long retryAfter) {
        /** Answers as JSON, with {@code Retry-After} when there is a wait. */
        void answerJson(Context ctx) {
            ctx.status(status);
            if (retryAfter > 0) {
                ctx.header("Retry-After", Long.toString(retryAfter));
            }
            Api.json(ctx, Map.of("error", message));
        }
    }

    private final byte[] token;
    private final byte[] localKey;
    private final FailedAttempts failures = new FailedAttempts(java.time.Clock.systemUTC());

    /** Either may be {@code null}: without a token the site's forms are off, without a key no command hands work over. */
    WriteAccess(String token, String localKey) {
        this.token = bytes(token);
        this.localKey = bytes(localKey);
    }

    private static byte[] bytes(String s) {
        return s == null || s.isBlank() ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the site's write forms are on (a token was configured). */
    boolean writable() {
        return token != null;
    }

    /** Empty when {@code given} is the write token or the local key. */
    Optional<Refusal> check(Context ctx, String given) {
        if (token == null && localKey == null) {
            return Optional.of(new Refusal(403, "writing is off: start the server with --token-file or SITREP_TOKEN set", 0));
        }
        Optional<Refusal> refused = checkAgainst(ctx, given, token, localKey);
        if (token == null && refused.isPresent() && refused.get().status() == 401) {
            return Optional.of(new Refusal(403, "writing is off: start the server with --token-file or SITREP_TOKEN set", 0));
        }
        return refused;
    }

    /** Empty when {@code given} is the local key: for work only a command on this machine may ask for (reading its paths). */
    Optional<Refusal> checkLocal(Context ctx, String given) {
        if (localKey == null) {
            return Optional.of(new Refusal(403, "this server takes no work from other commands (it was not started by 'sitrep serve' or 'sitrep demo')", 0));
        }
        return checkAgainst(ctx, given, localKey, null);
    }

    private Optional<Refusal> checkAgainst(Context ctx, String given, byte[] first, byte[] second) {
        long wait = failures.waitSeconds(ctx.ip());
        if (wait > 0) {
            return Optional.of(new Refusal(429, "token: more than " + FailedAttempts.MAX_FAILURES + " wrong tokens from "
                    + ctx.ip() + " within a minute; try again in " + wait + " s", wait));
        }
        byte[] g = given == null ? null : given.strip().getBytes(StandardCharsets.UTF_8);
        if (g == null || !(matches(first, g) || matches(second, g))) {
            failures.failed(ctx.ip());
            return Optional.of(new Refusal(401, "a valid write token is required", 0));
        }
        return Optional.empty();
    }

    private static boolean matches(byte[] expected, byte[] given) {
        return expected != null && MessageDigest.isEqual(expected, given);
    }

    /** The token of an {@code Authorization: Bearer} header, or {@code null}. */
    static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        return h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
    }
}
