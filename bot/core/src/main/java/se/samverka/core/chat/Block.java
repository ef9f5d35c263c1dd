package se.samverka.core.chat;

import java.util.List;
import java.util.Objects;

/** The platform-neutral building blocks of a message; each adapter renders them its own way. */
public sealed interface Block {

    /** A title line. */
    record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text; may hold several lines. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A list of short lines, numbered or bulleted. */
    record Items(List<String> items, boolean numbered) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** One line with buttons for what can be done with it: an action item with "Klar", a meeting with "Förhinder". */
    record Entry(String text, List<Button> buttons) implements Block {
        public Entry {
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
        }
    }

    /** Small print: hints, the reading of a date, how to go on. */
    record Context(String text) implements Block {
        public Context {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A whole document (for example the minutes in Markdown), shown as it is. */
    record Document(String title, String mediaType, String content) implements Block {
        public static final String CALENDAR = "text/calendar";

        public Document {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
        }

        /** A file to attach (an invitation), not text to show. */
        public boolean attachment() {
            return mediaType.startsWith(CALENDAR);
        }
    }
}
