package se.samverka.integrations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import se.samverka.core.chat.SharedFile;

/**
 * The body of a file shared with the bot (Slack's, Teams'), given up as soon as it passes a cap: at once when the
 * Content-Length says so, else while it streams in — never read whole first. Any answer but 200 has its body dropped.
 */
public final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private static final System.Logger LOG = System.getLogger(CappedBody.class.getName());
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int max;
    private Flow.Subscription subscription;

    private CappedBody(int max) {
        this.max = max;
    }

    /** Why a download was given up: it passed the cap. */
    public static final class TooBig extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A handler for {@code HttpClient.send}: the body of a 200 answer of at most {@code maxBytes} bytes. */
    public static HttpResponse.BodyHandler<byte[]> handler(int maxBytes) {
        return info -> {
            if (info.statusCode() != 200) return HttpResponse.BodySubscribers.replacing(new byte[0]);
            boolean declaredTooBig = info.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes;
            return new CappedBody(declaredTooBig ? 0 : maxBytes); // 0: cancelled at once
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (max <= 0) {
            subscription.cancel();
            body.completeExceptionally(new TooBig());
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) return;
        for (ByteBuffer buffer : buffers) {
            if (out.size() + (long) buffer.remaining() > max) {
                subscription.cancel();
                body.completeExceptionally(new TooBig());
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            out.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(out.toByteArray());
    }

    /**
     * Sends {@code request} and waits up to {@code millis} for its body, at most {@code maxBytes}: what a shared
     * file's download does on every platform. A body over the cap, a failure or the time running out is the file
     * {@link SharedFile.Unavailable} (logged, never shown in detail).
     */
    public static HttpResponse<byte[]> fetch(java.net.http.HttpClient http, java.net.http.HttpRequest request,
                                             long millis, int maxBytes) throws SharedFile.Unavailable {
        CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(request, handler(maxBytes));
        try {
            return sent.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof TooBig) {
                throw new SharedFile.Unavailable(SharedFile.Unavailable.Why.TOO_BIG, "over " + maxBytes + " bytes");
            }
            LOG.log(System.Logger.Level.WARNING, "shared file not fetched: " + e.getCause());
            throw new SharedFile.Unavailable(SharedFile.Unavailable.Why.FAILED, String.valueOf(e.getCause()));
        } catch (java.util.concurrent.TimeoutException e) {
            sent.cancel(true);
            LOG.log(System.Logger.Level.WARNING, "shared file not fetched within " + millis + " ms");
            throw new SharedFile.Unavailable(SharedFile.Unavailable.Why.FAILED, "timed out");
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new SharedFile.Unavailable(SharedFile.Unavailable.Why.FAILED, "interrupted");
        }
    }
}
