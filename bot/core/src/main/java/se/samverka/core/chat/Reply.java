package se.samverka.core.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to one command. {@code rejected} replies explain a bad command; nothing was written for them.
 */
public record Reply(List<Block> blocks, boolean rejected) {
    public Reply {
        blocks = List.copyOf(blocks);
    }

    public static Reply ok(Block... blocks) {
        return new Reply(List.of(blocks), false);
    }

    public static Reply rejected(Block... blocks) {
        return new Reply(List.of(blocks), true);
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

        public Builder context(String text) {
            blocks.add(new Block.Context(text));
            return this;
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public Reply ok() {
            return new Reply(blocks, false);
        }

        public Reply rejected() {
            return new Reply(blocks, true);
        }
    }
}
