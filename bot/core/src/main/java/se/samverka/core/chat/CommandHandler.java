package se.samverka.core.chat;

/** What every chat adapter calls: one command in, one reply out. Never throws for a user's input. */
@FunctionalInterface
public interface CommandHandler {
    Reply handle(IncomingCommand command);
}
