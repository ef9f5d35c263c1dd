package se.samverka.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import se.samverka.core.text.Sha256;

/** Small things every page needs: random tokens, hashes of them, and numbers read from an address. */
final class WebBits {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebBits() {}

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(value));
    }

    static Optional<Long> idOpt(String text) {
        return text != null && text.matches("\\d{1,12}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    static long id(String text) {
        return idOpt(text).orElse(-1L);
    }

    static Optional<Integer> year(String text) {
        return text != null && text.matches("(19|20)\\d\\d") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
