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

    /**
     * The page for a request Jetty could not read, in the site's frame as far as it goes without the templates (which
     * run in Javalin, after parsing): Jetty's own said "Bad Message 400" in Latin-1. Jetty's reason is left out: it may
     * echo the request.
     */
    static String badMessagePage(int status) {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 414 -> "Address too long";
            case 431 -> "Request headers too large";
            case 505 -> "Unsupported HTTP version";
            default -> "Request not readable";
        };
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
                + "initial-scale=1\"><title>" + title + " · Sitrep</title><link rel=\"stylesheet\" href=\"/static/sitrep.css\"></head>"
                + "<body><main id=\"main\"><h1>" + title + "</h1><p>The server could not read this request (HTTP " + status
                + "): its address or headers are malformed or too long.</p><p><a href=\"/\">Latest articles</a> · "
                + "<a href=\"/search\">Search</a></p></main></body></html>\n";
    }

    /** Jetty's error answers, with the headers: those for unparsable requests never pass the customizer. */
    static ErrorHandler errorHandler(Map<String, String> all) {
        return new ErrorHandler() {
            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                all.forEach(fields::put);
                if (org.eclipse.jetty.http.HttpStatus.hasNoBody(status)) {
                    return super.badMessageError(status, reason, fields);
                }
                fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
                return ByteBuffer.wrap(badMessagePage(status).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
