package se.samverka.app;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Optional;
import se.samverka.config.SamverkaConfig;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.Directory;
import se.samverka.core.port.Store;
import se.samverka.core.calendar.CalendarSync;
import se.samverka.core.engine.MeetingAssistant;
import se.samverka.core.engine.Settings;
import se.samverka.integrations.Sleeper;
import se.samverka.integrations.graph.Graph;
import se.samverka.integrations.graph.GraphCalendar;
import se.samverka.integrations.graph.GraphDirectory;
import se.samverka.integrations.slack.SlackAdapter;
import se.samverka.integrations.teams.TeamsAdapter;
import se.samverka.minutes.MinutesExtractor;
import se.samverka.storage.Database;
import se.samverka.storage.SqliteStore;

/**
 * The assembled bot, built with plain constructors: the database and storage ports, the command engine, and what
 * the configuration turns on — Slack, Teams, and Microsoft Graph (Outlook calendar sync, directory import).
 */
final class Samverka implements AutoCloseable {
    private final Database database;
    private final Store store;
    private final Settings settings;
    private final MeetingAssistant assistant;
    private final Optional<SlackAdapter> slack;
    private final Optional<TeamsAdapter> teams;
    private final Optional<CalendarWorker> calendar;
    private final se.samverka.core.followup.FollowUp followUp;
    private final se.samverka.core.followup.OutboxSender outboxSender;
    private Optional<FollowUpScheduler> scheduler = Optional.empty();
    private volatile boolean started;
    private final se.samverka.core.port.WebSessions webSessions;
    private final se.samverka.core.port.Archive archive;
    private final se.samverka.core.web.WebLinks webLinks;
    private final se.samverka.web.WebPages web;
    private final se.samverka.web.InfoPages info;
    private final java.nio.file.Path localFolder;

    /** This instance as its claims name it: each one opened has its own run, also two in one JVM (tests, bench). */
    private final se.samverka.integrations.Instance instance = se.samverka.integrations.Instance.current().named(
            se.samverka.integrations.Instance.current().run() + "." + OPENED.incrementAndGet());
    private static final java.util.concurrent.atomic.AtomicInteger OPENED = new java.util.concurrent.atomic.AtomicInteger();

    private Samverka(Database database, Store store, Settings settings, Clock clock, SamverkaConfig config) {
        this.database = database;
        this.store = store;
        this.settings = settings;
        this.localFolder = config.database().toAbsolutePath().getParent();
        Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());
        Optional<Graph> graph = config.graph().map(g -> new Graph(g, clock));
        // the ORGANIZER of a group without a chair's or secretary's address: the mailbox Outlook or e-mail uses
        se.samverka.integrations.ical.IcsInvitations ics = new se.samverka.integrations.ical.IcsInvitations(
                config.graph().map(g -> g.organizer()).or(() -> config.smtp().map(smtp -> smtp.from())));
        Optional<CalendarSync> outlook = graph.map(g -> new CalendarSync(store, new GraphCalendar(g), clock));
        Optional<se.samverka.core.calendar.MailInvitations> mail = config.smtp().map(smtp ->
                new se.samverka.core.calendar.MailInvitations(store, ics, new se.samverka.integrations.mail.SmtpMailer(smtp), clock));
        java.util.List<CalendarWorker.Job> jobs = new java.util.ArrayList<>();
        outlook.ifPresent(o -> jobs.add(new CalendarWorker.Job("outlook sync", o::sync, o::due)));
        mail.ifPresent(m -> jobs.add(new CalendarWorker.Job("invitation mail", m::sync, m::due)));
        this.calendar = jobs.isEmpty() ? Optional.empty() : Optional.of(new CalendarWorker(outlook, jobs, store,
                se.samverka.storage.SqliteCalendarClaims.on(database), instance.id()));
        Optional<Directory> directory = graph.map(GraphDirectory::new);
        Optional<CalendarWorker> sync = calendar;
        MinutesExtractor extractor = MinutesExtractor.load();
        this.webSessions = se.samverka.storage.SqliteWebSessions.on(database);
        this.archive = se.samverka.storage.SqliteArchive.on(database);
        // the key that signs web links: made once, kept in the database (so every instance on it agrees)
        this.webLinks = new se.samverka.core.web.WebLinks(
                store.transactions().inTransaction(() -> webSessions.secret("links", Samverka::newSecret), b -> true));
        this.assistant = new MeetingAssistant(store, clock, settings, new MeetingAssistant.Extensions(directory,
                (GroupScope scope) -> sync.ifPresent(worker -> worker.changed(scope)), Optional.of(extractor),
                Optional.of(extractor.reader()), Optional.of(ics), Optional.of(webLinks),
                Optional.of(new se.samverka.minutes.PdfArchive())));
        this.web = new se.samverka.web.WebPages(store, archive, webSessions, webLinks, assistant, clock, settings.lang(),
                settings.publicUrl().startsWith("https://"), Samverka.minutesOf(assistant), settings.publicUrl());
        this.info = new se.samverka.web.InfoPages(config.privacyUrl(), config.termsUrl(), settings.lang());
        se.samverka.core.port.Inbox inbox = se.samverka.storage.SqliteInbox.on(database);
        this.slack = config.slack().map(s -> new SlackAdapter(s, assistant, settings.lang(), clock, sleeper,
                new se.samverka.integrations.InboxWorkers(SlackAdapter.PLATFORM, inbox, store.transactions(), clock, instance,
                        Clock.systemUTC())));
        this.teams = config.teams().map(t -> new TeamsAdapter(t, assistant, store, settings.lang(), clock, sleeper,
                new se.samverka.integrations.InboxWorkers(TeamsAdapter.PLATFORM, inbox, store.transactions(), clock, instance,
                        Clock.systemUTC())));
        calendar.ifPresent(CalendarWorker::start);
        java.util.Map<String, se.samverka.core.port.ChatGateway> gateways = new java.util.HashMap<>();
        gateways.put(se.samverka.integrations.console.ConsoleSession.PLATFORM, new se.samverka.integrations.console.ConsoleGateway(
                localFolder.resolve("outbox").resolve("console.txt"), clock));
        slack.ifPresent(s -> gateways.put(SlackAdapter.PLATFORM, s.gateway()));
        teams.ifPresent(t -> gateways.put(TeamsAdapter.PLATFORM, t.gateway()));
        this.followUp = new se.samverka.core.followup.FollowUp(store, clock, settings);
        config.smtp().ifPresent(smtp -> gateways.put(se.samverka.core.port.Outbox.MAIL,
                new se.samverka.integrations.mail.MailGateway(new se.samverka.integrations.mail.SmtpMailer(smtp))));
        this.outboxSender = new se.samverka.core.followup.OutboxSender(store, gateways, clock,
                new se.samverka.minutes.MinutesFileRenderer());
    }

    /** Starts the scheduler of digests and the outbox (the long-running modes; not for one-off commands). */
    void startScheduler(java.time.Duration planEvery, java.time.Duration sendEvery) {
        if (scheduler.isPresent()) return;
        FollowUpScheduler s = new FollowUpScheduler(database.dataSource(), followUp, outboxSender, planEvery, sendEvery);
        s.start();
        scheduler = Optional.of(s);
    }

    /** The bot has started: migrated (on open), the inbox taken up, the scheduler running. {@code /ready} says so. */
    void started(boolean value) {
        started = value;
    }

    boolean started() {
        return started;
    }

    /** Carries out and answers the commands a crash left in the inbox (each claimed by one instance). */
    void replayInbox() {
        slack.ifPresent(SlackAdapter::replay);
        teams.ifPresent(TeamsAdapter::replay);
    }

    private static byte[] newSecret() {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return secret;
    }

    /** The minutes of a group's meeting as Markdown, as protokoll writes them. */
    static se.samverka.web.Views.Minutes minutesOf(MeetingAssistant assistant) {
        return (group, day) -> assistant.minutes(group, day.toString()).blocks().stream()
                .filter(b -> b instanceof se.samverka.core.chat.Block.Document)
                .map(b -> ((se.samverka.core.chat.Block.Document) b).content()).findFirst();
    }

    se.samverka.web.WebPages web() {
        return web;
    }

    se.samverka.web.InfoPages info() {
        return info;
    }

    se.samverka.core.port.WebSessions webSessions() {
        return webSessions;
    }

    se.samverka.core.port.Archive archive() {
        return archive;
    }

    se.samverka.core.web.WebLinks webLinks() {
        return webLinks;
    }

    se.samverka.core.followup.FollowUp followUp() {
        return followUp;
    }

    se.samverka.core.followup.OutboxSender outboxSender() {
        return outboxSender;
    }

    static Samverka open(SamverkaConfig config, Clock clock) {
        Database database;
        try {
            database = Database.open(config);
        } catch (se.samverka.storage.StorageException e) {
            throw new CannotOpen(e);
        }
        return new Samverka(database, SqliteStore.on(database, clock), settings(config), clock, config);
    }

    /**
     * The database cannot be used: the server does not answer or refuses the user, or its schema is newer than this
     * jar's. Its message says so in one line (never a password), for start-up to print and stop.
     */
    static final class CannotOpen extends RuntimeException {
        CannotOpen(se.samverka.storage.StorageException cause) {
            super("Samverka cannot start: " + cause.getMessage(), cause);
        }
    }

    static Settings settings(SamverkaConfig config) {
        LocalTime start = config.meetingStart();
        return new Settings(config.zone(), Lang.fromCode(config.locale()).orElse(Lang.SV), start, config.meetingEnd(),
                config.breakStart(), config.breakEnd(), config.publicAddress(), config.smtp().isPresent());
    }

    /**
     * The folder beside the SQLite file (or {@code SAMVERKA_DATA} when the store is PostgreSQL): the console's outbox
     * and the invitations written for the console live there, on each instance's own disk.
     */
    java.nio.file.Path localFolder() {
        return localFolder;
    }

    Database database() {
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

    /** The Teams bot, when TEAMS_APP_ID and TEAMS_APP_PASSWORD are set. */
    Optional<TeamsAdapter> teams() {
        return teams;
    }

    /** The calendar work (Outlook sync, e-mailed invitations), when GRAPH_* or SMTP_HOST is set. */
    Optional<CalendarWorker> calendar() {
        return calendar;
    }

    @Override
    public void close() {
        // replies and syncs in flight finish before the database closes
        scheduler.ifPresent(FollowUpScheduler::close);
        slack.ifPresent(SlackAdapter::close);
        teams.ifPresent(TeamsAdapter::close);
        calendar.ifPresent(CalendarWorker::close);
        database.close();
    }
}
