package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.Assistant;
import se.samverka.integrations.console.ConsoleSession;

/** A web session as a member gets one: {@code webb} in the console, its link opened; the cookie and the group's page. */
record WebLogin(String cookie, String group) {
    private static final Pattern LINK = Pattern.compile("/web/login\\?t=[A-Za-z0-9_.-]+");

    /** Logs in {@code member} of "Strategisk grupp" on the server at {@code base}. */
    static WebLogin of(Assistant assistant, String member, HttpClient client, String base) throws Exception {
        ConsoleSession chat = new ConsoleSession(assistant, Optional.of("Strategisk grupp"), member);
        Matcher link = LINK.matcher(chat.send("webb").toString());
        assertTrue(link.find(), "webb gives a link");
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + link.group())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new WebLogin(login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0],
                login.headers().firstValue("Location").orElseThrow());
    }
}
