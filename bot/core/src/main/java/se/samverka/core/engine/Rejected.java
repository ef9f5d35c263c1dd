package se.samverka.core.engine;

/**
 * A command the bot will not carry out, with the text that says why. Thrown inside the command's transaction,
 * so that nothing the command had begun to write is kept; {@link MeetingAssistant} turns it into a reply.
 */
public final class Rejected extends RuntimeException {
    private final String key;
    private final transient Object[] args;
    private final boolean showUsage;

    public Rejected(String key, Object[] args, boolean showUsage) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
        this.showUsage = showUsage;
    }

    public String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }

    boolean showUsage() {
        return showUsage;
    }
}
