package se.samverka.core.time;

/** A date or time the user wrote that cannot be used: an impossible date, a week that does not exist, … */
public final class DateProblem extends RuntimeException {
    private final String key;
    private final String fragment;

    public DateProblem(String key, String fragment) {
        super(key + ": " + fragment, null, false, false);
        this.key = key;
        this.fragment = fragment;
    }

    /** The message key (see messages.properties) that explains the problem. */
    public String key() {
        return key;
    }

    /** What the user wrote. */
    public String fragment() {
        return fragment;
    }
}
