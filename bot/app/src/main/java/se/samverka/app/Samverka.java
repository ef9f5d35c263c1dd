package se.samverka.app;

import java.time.Clock;
import java.time.LocalTime;
import se.samverka.config.SamverkaConfig;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.Store;
import se.samverka.core.usecase.MeetingAssistant;
import se.samverka.core.usecase.Settings;
import se.samverka.storage.SqliteDatabase;
import se.samverka.storage.SqliteStore;

/** The assembled bot: the database, the storage ports and the command engine, built with plain constructors. */
final class Samverka implements AutoCloseable {
    private final SqliteDatabase database;
    private final Store store;
    private final Settings settings;
    private final MeetingAssistant assistant;

    private Samverka(SqliteDatabase database, Store store, Settings settings, Clock clock) {
        this.database = database;
        this.store = store;
        this.settings = settings;
        this.assistant = new MeetingAssistant(store, clock, settings);
    }

    static Samverka open(SamverkaConfig config, Clock clock) {
        SqliteDatabase database = SqliteDatabase.open(config.database());
        return new Samverka(database, SqliteStore.on(database, clock), settings(config), clock);
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

    @Override
    public void close() {
        database.close();
    }
}
