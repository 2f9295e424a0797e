package org.sitrep.web;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The headers every response carries, set in Jetty rather than in Javalin so that they reach what Javalin never sees:
 * static files, and Jetty's own answers to requests it cannot parse (a bad URI such as {@code GET /%}, an oversized
 * header).
 */
final class SecurityHeaders {
    /** No inline scripts or styles, nothing from other origins: even a tag that slips through cannot run. */
    static final String CONTENT_SECURITY_POLICY = policy(null);
    static final Map<String, String> ALL = headers(CONTENT_SECURITY_POLICY);

    private SecurityHeaders() {
    }

    /**
     * The policy; {@code tiles} adds the origin of the map tiles the user configured to the images allowed, or is
     * {@code null}.
     */
    static String policy(TileSource tiles) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + (tiles == null ? "" : " " + tiles.policySource()) + "; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    static Map<String, String> headers(String policy) {
        return Map.of(
                "Content-Security-Policy", policy,
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "X-Frame-Options", "DENY");
    }

    /** Sets the headers on each request's response before any handler runs. */
    static HttpConfiguration.Customizer customizer(Map<String, String> all) {
        return (connector, config, request) -> all.forEach(request.getResponse().getHttpFields()::put);
    }

    /** Jetty's error answers, with the headers: those for unparsable requests never pass the customizer. */
    static ErrorHandler errorHandler(Map<String, String> all) {
        return new ErrorHandler() {
            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                all.forEach(fields::put);
                return super.badMessageError(status, reason, fields);
            }

            @Override
            public void handle(String target, Request base, jakarta.servlet.http.HttpServletRequest request,
                               jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException, jakarta.servlet.ServletException {
                all.forEach(response::setHeader);
                super.handle(target, base, request, response);
            }
        };
    }
}
