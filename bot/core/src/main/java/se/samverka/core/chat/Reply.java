package se.samverka.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one command.
 *
 * @param blocks  what to show
 * @param outcome whether the command was carried out, refused (nothing written) or a repeat of a delivery
 *                already carried out (nothing written, nothing to show)
 * @param shared  true when the reply tells the whole group of a change (a decision, a new meeting); false when
 *                it is for the asking user only (a list, help, a refusal)
 */
public record Reply(List<Block> blocks, Outcome outcome, boolean shared) {

    /** What became of the command. */
    public enum Outcome { DONE, REJECTED, REPEAT }

    public Reply {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(outcome, "outcome");
    }

    public static Reply ok(Block... blocks) {
        return new Reply(List.of(blocks), Outcome.DONE, false);
    }

    public static Reply rejected(Block... blocks) {
        return new Reply(List.of(blocks), Outcome.REJECTED, false);
    }

    /** The reply to a delivery that was already carried out once. */
    public static Reply repeated() {
        return new Reply(List.of(), Outcome.REPEAT, false);
    }

    /** The first line of substance (for notifications and clients that show no blocks), at most {@code max} characters. */
    public String summary(int max) {
        for (Block block : blocks) {
            String text = "";
            if (block instanceof Block.Heading h) text = h.text();
            else if (block instanceof Block.Paragraph p) text = p.text();
            else if (block instanceof Block.Entry e) text = e.text();
            else if (block instanceof Block.Items i && !i.items().isEmpty()) text = i.items().get(0);
            else if (block instanceof Block.Document d) text = d.title();
            else if (block instanceof Block.Context c) text = c.text();
            if (!text.isBlank()) {
                String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse(text).strip();
                return line.length() <= max ? line : line.substring(0, max - 1) + "…";
            }
        }
        return "Samverka";
    }

    public boolean rejected() {
        return outcome == Outcome.REJECTED;
    }

    public boolean isRepeat() {
        return outcome == Outcome.REPEAT;
    }

    public Reply withShared(boolean share) {
        return new Reply(blocks, outcome, share);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects blocks for a longer reply. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder heading(String text) {
            blocks.add(new Block.Heading(text));
            return this;
        }

        public Builder text(String text) {
            blocks.add(new Block.Paragraph(text));
            return this;
        }

        public Builder items(List<String> items, boolean numbered) {
            if (!items.isEmpty()) blocks.add(new Block.Items(items, numbered));
            return this;
        }

        public Builder entry(String text, Button... buttons) {
            blocks.add(new Block.Entry(text, List.of(buttons)));
            return this;
        }

        public Builder context(String text) {
            blocks.add(new Block.Context(text));
            return this;
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public Reply ok() {
            return new Reply(blocks, Outcome.DONE, false);
        }

        public Reply rejected() {
            return new Reply(blocks, Outcome.REJECTED, false);
        }
    }
}
