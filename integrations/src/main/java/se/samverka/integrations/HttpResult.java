package se.samverka.integrations;

/** What a platform adapter sends back on the HTTP response. */
public record HttpResult(int status, String contentType, String body) {
    public static HttpResult empty(int status) {
        return new HttpResult(status, "text/plain", "");
    }
}
