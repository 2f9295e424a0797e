package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives a response body of at most a limit of bytes, and notes when the headers arrived so that a missed deadline
 * can say which part was late. The body of a response that is not 2xx (an error, a redirect) is not read at all: a
 * slow or endless error page must not cost the deadline. One instance serves one request.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]> {
    /** The body was longer than the limit; completes the response future exceptionally. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("body longer than " + limit + " bytes");
        }
    }

    private final long limit;
    private final boolean truncate;
    private volatile boolean headersReceived;

    private CappedBody(long limit, boolean truncate) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0; got: " + limit);
        }
        this.limit = limit;
        this.truncate = truncate;
    }

    /** A body longer than {@code limit} bytes fails with {@link TooLarge}. */
    static CappedBody failingOver(long limit) {
        return new CappedBody(limit, false);
    }

    /** A body longer than {@code limit} bytes is cut to its first {@code limit} bytes. */
    static CappedBody truncatingAt(long limit) {
        return new CappedBody(limit, true);
    }

    /** True once the status line and headers have arrived. */
    boolean headersReceived() {
        return headersReceived;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        headersReceived = true;
        boolean success = info.statusCode() / 100 == 2;
        return success ? new Receiver(limit, truncate) : new Receiver(0, true);
    }

    private static final class Receiver implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long limit;
        private final boolean truncate;
        private Flow.Subscription subscription;

        Receiver(long limit, boolean truncate) {
            this.limit = limit;
            this.truncate = truncate;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (limit == 0) {
                s.cancel();
                result.complete(new byte[0]);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                long room = limit - bytes.size();
                if (b.remaining() > room) {
                    subscription.cancel();
                    if (truncate) {
                        write(b, (int) room);
                        result.complete(bytes.toByteArray());
                    } else {
                        result.completeExceptionally(new TooLarge(limit));
                    }
                    return;
                }
                write(b, b.remaining());
            }
            subscription.request(1);
        }

        private void write(ByteBuffer b, int n) {
            byte[] chunk = new byte[n];
            b.get(chunk);
            bytes.write(chunk, 0, n);
        }

        @Override
        public void onError(Throwable e) {
            result.completeExceptionally(e);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
