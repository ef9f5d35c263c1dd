package se.samverka.storage.transfer;

import java.util.regex.Pattern;

/** Table and column names come from the databases' own metadata; they are put in SQL only when they are plain. */
final class Names {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    private Names() {
    }

    static String check(String name) {
        if (name == null || !PLAIN.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case SQL name: " + name);
        }
        return name;
    }
}
