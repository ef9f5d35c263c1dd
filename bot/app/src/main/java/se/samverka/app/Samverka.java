package se.samverka.app;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Optional;
import se.samverka.config.SamverkaConfig;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.Store;
import se.samverka.core.usecase.MeetingAssistant;
import se.samverka.core.usecase.Settings;
import se.samverka.integrations.slack.SlackAdapter;
import se.samverka.storage.SqliteDatabase;
import se.samverka.storage.SqliteStore;

/** The assembled bot: the database, the storage ports and the command engine, built with plain constructors. */
final class Samverka implements AutoCloseable {
    private final SqliteDatabase database;
    private final Store store;
    private final Settings settings;
    private final MeetingAssistant assistant;
    private final Optional<SlackAdapter> slack;

    private Samverka(SqliteDatabase database, Store store, Settings settings, Clock clock, SamverkaConfig config) {
        this.database = database;
        this.store = store;
        this.settings = settings;
        this.assistant = new MeetingAssistant(store, clock, settings);
        this.slack = config.slack().map(s -> new SlackAdapter(s, assistant, settings.lang(), clock,
                duration -> Thread.sleep(duration.toMillis())));
    }

    static Samverka open(SamverkaConfig config, Clock clock) {
        SqliteDatabase database = SqliteDatabase.open(config.database());
        return new Samverka(database, SqliteStore.on(database, clock), settings(config), clock, config);
    }

    static Settings settings(SamverkaConfig config) {
        LocalTime start = config.meetingStart();
        return new Settings(config.zone(), Lang.fromCode(config.locale()).orElse(Lang.SV), start, config.meetingEnd());
    }

    SqliteDatabase database() {
        return database;
    }

    Store store() {
        return store;
    }

    Settings settings() {
        return settings;
    }

    MeetingAssistant assistant() {
        return assistant;
    }

    /** The Slack app, when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set. */
    Optional<SlackAdapter> slack() {
        return slack;
    }

    @Override
    public void close() {
        slack.ifPresent(SlackAdapter::close); // lets replies in flight finish before the database closes
        database.close();
    }
}
