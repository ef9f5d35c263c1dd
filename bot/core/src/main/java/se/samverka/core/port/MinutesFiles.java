package se.samverka.core.port;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Reply;

/**
 * Renders the files an outbox message carries: justerade minutes (the .docx and the PDF/A) or a protokollsutdrag (a
 * PDF). The message holds only what to render ({@link Spec}, as a {@link Block.Document} of type {@link #TYPE}), so
 * the outbox keeps text, and the one implementation is the one place the bytes are made.
 */
public interface MinutesFiles {
    /** The media type of a {@link Block.Document} that names files to render, not text to show. */
    String TYPE = "application/vnd.samverka.minutes-files";

    /** A rendered file. */
    record File(String name, String mediaType, byte[] content) {
        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mediaType, "mediaType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * What to render: the document (Markdown, first heading its title), its footer, the group, meeting day, version
     * and justering (who, when) for the PDF's archive metadata; {@code docx} also writes a .docx beside the PDF.
     */
    record Spec(String baseName, String markdown, String group, String pageLabel, LocalDate meetingDate, int version,
                List<String> adjusters, LocalDate adjustedOn, boolean docx) {
        public Spec {
            Objects.requireNonNull(baseName, "baseName");
            Objects.requireNonNull(markdown, "markdown");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(pageLabel, "pageLabel");
            Objects.requireNonNull(meetingDate, "meetingDate");
            adjusters = List.copyOf(adjusters);
            Objects.requireNonNull(adjustedOn, "adjustedOn");
            if (baseName.contains("\n") || group.contains("\n") || pageLabel.contains("\n")
                    || adjusters.stream().anyMatch(a -> a.contains("\n"))) {
                throw new IllegalArgumentException("a line break in a file's header");
            }
        }

        /** As a block of an outbox message: header lines, a blank line, the Markdown. */
        public Block.Document block() {
            StringBuilder head = new StringBuilder();
            head.append("group: ").append(group).append('\n').append("page: ").append(pageLabel).append('\n')
                    .append("meeting: ").append(meetingDate).append('\n').append("version: ").append(version).append('\n')
                    .append("adjusted: ").append(adjustedOn).append('\n').append("docx: ").append(docx).append('\n');
            adjusters.forEach(a -> head.append("adjuster: ").append(a).append('\n'));
            return new Block.Document(baseName, TYPE, head + "\n" + markdown);
        }

        /** The spec a block holds; empty for any other block. */
        public static Optional<Spec> of(Block block) {
            if (!(block instanceof Block.Document d) || !d.mediaType().equals(TYPE)) return Optional.empty();
            int split = d.content().indexOf("\n\n");
            String[] head = d.content().substring(0, Math.max(split, 0)).split("\n");
            String group = "";
            String page = "";
            LocalDate meeting = null;
            LocalDate adjusted = null;
            int version = 1;
            boolean docx = false;
            List<String> adjusters = new ArrayList<>();
            for (String line : head) {
                int colon = line.indexOf(": ");
                if (colon < 0) continue;
                String value = line.substring(colon + 2);
                switch (line.substring(0, colon)) {
                    case "group" -> group = value;
                    case "page" -> page = value;
                    case "meeting" -> meeting = LocalDate.parse(value);
                    case "version" -> version = Integer.parseInt(value);
                    case "adjusted" -> adjusted = LocalDate.parse(value);
                    case "docx" -> docx = Boolean.parseBoolean(value);
                    case "adjuster" -> adjusters.add(value);
                    default -> { }
                }
            }
            return Optional.of(new Spec(d.title(), d.content().substring(split + 2), group, page, meeting, version, adjusters,
                    adjusted, docx));
        }

        /** The specs a message names. */
        public static List<Spec> in(Reply message) {
            return message.blocks().stream().flatMap(b -> of(b).stream()).toList();
        }

        /** The message without its file blocks: what is shown or mailed as text. */
        public static Reply without(Reply message) {
            return new Reply(message.blocks().stream().filter(b -> of(b).isEmpty()).toList(), message.outcome(), message.shared());
        }
    }

    /** The files of the spec: the PDF, and the .docx when the spec asks for it. */
    List<File> render(Spec spec);

    /** For a deployment that renders nothing: a message naming files fails (and is retried, then parked). */
    static MinutesFiles none() {
        return spec -> {
            throw new DeliveryException("no renderer of minutes files is configured", Optional.empty(), null);
        };
    }
}
