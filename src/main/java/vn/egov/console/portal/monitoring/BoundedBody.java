package vn.egov.console.portal.monitoring;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body up to a byte limit, hashing it on the way. Past the limit it cancels the stream (which
 * closes the connection) and reports "too large", so a 5 GB page or an endless stream costs at most the limit in
 * memory; the caller's deadline covers a body that trickles forever.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<BoundedBody.Summary> {

    record Summary(byte[] bytes, String sha256, long size, boolean tooLarge) {
    }

    private final long maxBytes;
    private final CompletableFuture<Summary> result = new CompletableFuture<>();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final MessageDigest sha;
    private Flow.Subscription subscription;
    private long size;

    BoundedBody(long maxBytes) {
        this.maxBytes = maxBytes;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletionStage<Summary> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) return;
        for (ByteBuffer buffer : buffers) {
            int n = buffer.remaining();
            size += n;
            if (size > maxBytes) {
                subscription.cancel();
                result.complete(new Summary(null, null, size, true));
                return;
            }
            byte[] chunk = new byte[n];
            buffer.get(chunk);
            sha.update(chunk);
            kept.write(chunk, 0, n);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Summary(kept.toByteArray(), HexFormat.of().formatHex(sha.digest()), size, false));
    }
}
