package se.samverka.integrations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The body of a file shared with the bot (Slack's, Teams'), given up as soon as it passes a cap: at once when the
 * Content-Length says so, else while it streams in — never read whole first. Any answer but 200 has its body dropped.
 */
public final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
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
}
