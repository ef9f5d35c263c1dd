package se.samverka.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a text's UTF-8 bytes (or of a file's bytes): fingerprints of documents and calendar events, stored hashes of session ids. */
public final class Sha256 {
    private Sha256() {}

    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The SHA-256 of the bytes as 64 lower-case hex digits (how an archive copy's hash is stored and shown). */
    public static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(of(bytes));
    }
}
