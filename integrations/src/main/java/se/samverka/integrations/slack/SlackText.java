package se.samverka.integrations.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's message markup back to what the user typed: links and channels as text, mentions kept for the core. */
final class SlackText {
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

    private SlackText() {}

    static String toCommand(String text) {
        if (text == null) return "";
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            String label = inner.contains("|") ? inner.substring(inner.indexOf('|') + 1) : null;
            String target = inner.contains("|") ? inner.substring(0, inner.indexOf('|')) : inner;
            String replacement;
            if (target.startsWith("@")) {
                replacement = m.group(); // a user: the core resolves it
            } else if (target.startsWith("#")) {
                replacement = "#" + (label != null ? label : target.substring(1));
            } else if (target.startsWith("!")) {
                replacement = "@" + (label != null ? label : target.substring(1).replaceFirst("^subteam\\^.*", "grupp"));
            } else if (target.startsWith("mailto:")) {
                replacement = label != null ? label : target.substring("mailto:".length());
            } else {
                replacement = label != null ? label : target;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
