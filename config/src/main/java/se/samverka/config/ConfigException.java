package se.samverka.config;

import java.util.List;

/** The configuration cannot be used; {@link #problems()} lists every bad key, one line each. */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("Samverka cannot start: the configuration has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
