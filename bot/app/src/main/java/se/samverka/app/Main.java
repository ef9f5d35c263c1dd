package se.samverka.app;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.config.ConfigException;
import se.samverka.config.ConfigLoader;
import se.samverka.config.SamverkaConfig;
import se.samverka.config.SlackSettings;
import se.samverka.integrations.console.ConsoleSession;
import se.samverka.integrations.slack.SlackManifest;
import se.samverka.integrations.teams.TeamsManifest;
import se.samverka.minutes.Documents;
import se.samverka.core.minutes.MinutesDocument;
import se.samverka.core.minutes.MinutesHtml;
import se.samverka.minutes.MinutesExtractor;
import se.samverka.minutes.MinutesJson;
import se.samverka.minutes.MinutesPdf;

/** Entry point: reads the command line and the configuration, builds the bot and runs what was asked. */
public final class Main {
    /** The day a minutes file's name ends with ("minnesanteckningar-2017-09-05"). */
    private static final Pattern FILE_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})$");

    private Main() {}

    public static void main(String[] args) throws Exception {
        boolean console = args.length == 0 || !args[0].equals("serve");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", console ? "warn" : "info");
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.getenv(), System.in, out, err, System.console() != null, Clock.systemUTC());
        System.exit(code); // the HTTP server's threads would otherwise keep the JVM alive
    }

    static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err,
                   boolean terminal, Clock clock) throws IOException, InterruptedException {
        Object parsed = Cli.parse(args);
        if (parsed instanceof String problem) {
            err.println(problem + "\n\n" + Cli.USAGE);
            return 2;
        }
        Cli cli = (Cli) parsed;
        if (cli.command().equals("help")) {
            out.print(Cli.USAGE);
            return 0;
        }
        if (cli.command().equals("extract")) return extract(cli.arguments(), out, err);
        if (cli.command().equals("quality")) return quality(Path.of(cli.option("--loso").orElseThrow()), out, err);
        if (cli.command().equals("teams-manifest")) return teamsManifest(cli, env, out, err);
        if (cli.command().equals("migrate-db")) return MigrateDb.run(cli, env, out, err);
        SamverkaConfig config;
        try {
            // --db is SAMVERKA_DB for one run: a file, or a PostgreSQL server read the same way
            Map<String, String> settings = new java.util.HashMap<>(env);
            cli.option("--db").ifPresent(db -> settings.put(ConfigLoader.DB, db));
            config = ConfigLoader.load(settings);
            Optional<String> port = cli.option("--port");
            if (port.isPresent()) config = config.withPort(Integer.parseInt(port.get()));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        } catch (NumberFormatException e) {
            err.println("--port needs a number 0–65535.");
            return 2;
        }
        if (cli.command().equals("slack-manifest")) return slackManifest(cli, config, out, err);
        if (config.clockStart().isPresent()) {
            Instant start = config.clockStart().get().atZone(config.zone()).toInstant();
            clock = Clock.offset(clock, Duration.between(clock.instant(), start));
        }
        try (InstanceLock lock = InstanceLock.forCommand(cli.command(), config);
             Samverka samverka = Samverka.open(config, clock)) {
            return switch (cli.command()) {
                case "console" -> console(samverka, cli.option("--group"), cli.option("--as"), in, out, err, terminal);
                case "demo" -> demo(samverka, clock, out);
                case "import-minutes" -> importMinutes(samverka, clock, cli, out, err);
                case "minutes" -> minutes(samverka, cli, out, err);
                case "archive" -> archive(samverka, cli, out, err);
                case "serve" -> serve(samverka, config, out);
                default -> start(samverka, config, clock, in, out, err, terminal);
            };
        } catch (InstanceLock.Held held) {
            err.println(held.getMessage());
            return 1;
        } catch (Samverka.CannotOpen cannot) {
            err.println(cannot.getMessage());
            return 1;
        } catch (HttpServer.CannotListen cannot) {
            err.println(cannot.getMessage());
            return 1;
        }
    }

    private static int console(Samverka samverka, Optional<String> group, Optional<String> user, InputStream in,
                               PrintStream out, PrintStream err, boolean terminal) throws IOException {
        String who = user.orElse(System.getProperty("user.name", "console"));
        java.nio.file.Path folder = samverka.localFolder().resolve("invitations");
        ConsoleSession session = new ConsoleSession(samverka.assistant(), group, who, Optional.of(folder));
        if (terminal) {
            out.println("Samverka — " + who + (group.map(g -> " i " + g).orElse("")) + ". Skriv hjälp (help); avsluta med Ctrl-D.");
        }
        session.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, err, terminal);
        return 0;
    }

    private static int slackManifest(Cli cli, SamverkaConfig config, PrintStream out, PrintStream err) {
        Optional<java.net.URI> uri = publicUrl(cli, err);
        if (uri.isEmpty()) return 2;
        String command = config.slack().map(SlackSettings::command).orElse("/samverka");
        out.print(SlackManifest.json(uri.get(), command));
        return 0;
    }

    /** The Teams app package: it needs the bot's app id only (not its password, nor the rest of the configuration). */
    private static int teamsManifest(Cli cli, Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
        Optional<java.net.URI> uri = publicUrl(cli, err);
        if (uri.isEmpty()) return 2;
        Optional<String> appId;
        try {
            appId = ConfigLoader.teamsAppId(env);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (appId.isEmpty()) {
            err.println("teams-manifest needs the bot's app id: set TEAMS_APP_ID"
                    + " (the Microsoft App ID of the Azure Bot registration; see README, Connect to Teams).");
            return 2;
        }
        Path file = Path.of(cli.option("--out").orElse("samverka-teams.zip"));
        java.nio.file.Files.write(file, TeamsManifest.zip(appId.get(), uri.get()));
        out.println("Wrote " + file + ": upload it in Teams (Apps → Manage your apps → Upload an app).");
        return 0;
    }

    /** Prints the extraction of each file as JSON (one object for one file, an array for several). */
    private static int extract(java.util.List<String> files, PrintStream out, PrintStream err) {
        MinutesExtractor extractor = MinutesExtractor.load();
        java.util.List<String> results = new java.util.ArrayList<>();
        for (String file : files) {
            try {
                results.add(MinutesJson.write(extractor.extract(Documents.text(Path.of(file)))));
            } catch (Documents.Unreadable e) {
                err.println(e.getMessage());
                return 1;
            }
        }
        out.println(results.size() == 1 ? results.get(0) : "[" + String.join(",\n", results) + "]");
        return 0;
    }

    /** The leave-one-source-out figure and the folder figure of a labelled folder (docs/QUALITY.md). */
    private static int quality(Path folder, PrintStream out, PrintStream err) throws IOException {
        if (!java.nio.file.Files.isDirectory(folder)) {
            err.println(folder + ": no such folder (the labelled minutes, e.g. ../shared/eval/minutes-dev)");
            return 2;
        }
        out.print(se.samverka.minutes.quality.Loso.report(folder));
        return 0;
    }

    /** The minutes of one meeting as Markdown, HTML, Word or PDF/A. */
    private static int minutes(Samverka samverka, Cli cli, PrintStream out, PrintStream err) throws IOException {
        Optional<se.samverka.core.domain.Group> group = oneGroup(samverka, cli.option("--group").orElseThrow(), err);
        if (group.isEmpty()) return 2;
        se.samverka.core.chat.Reply reply = samverka.assistant().minutes(group.get(), cli.option("--meeting").orElse(""));
        Optional<se.samverka.core.chat.Block.Document> doc = reply.blocks().stream()
                .filter(b -> b instanceof se.samverka.core.chat.Block.Document)
                .map(b -> (se.samverka.core.chat.Block.Document) b).findFirst();
        if (reply.rejected() || doc.isEmpty()) {
            err.println(reply.summary(500));
            return 1;
        }
        String format = cli.option("--format").orElse("md");
        String markdown = doc.get().content();
        String base = doc.get().title().replaceAll("\\.md$", "");
        MinutesDocument minutes = MinutesDocument.parse(markdown, new MinutesDocument.Footer(group.get().name(),
                se.samverka.core.text.Texts.of(group.get().lang()).get("minutes.page")));
        byte[] bytes = switch (format) {
            case "html" -> MinutesHtml.render(minutes, group.get().lang().code()).getBytes(StandardCharsets.UTF_8);
            case "docx" -> se.samverka.minutes.MinutesDocx.write(minutes);
            case "pdf" -> MinutesPdf.write(minutes, MinutesPdf.Archive.draft(group.get().name(), meetingDay(base)));
            default -> markdown.getBytes(StandardCharsets.UTF_8);
        };
        Optional<String> file = cli.option("--out")
                .or(() -> Optional.of(base + "." + format).filter(f -> format.equals("docx") || format.equals("pdf")));
        if (file.isEmpty()) {
            out.write(bytes);
            out.flush();
            return 0;
        }
        java.nio.file.Files.write(Path.of(file.get()), bytes);
        out.println("Wrote " + file.get() + " (" + format + ", " + bytes.length + " bytes).");
        return 0;
    }

    /** samverka archive: the group's justerade minutes of a year as PDF/A files and index.csv ({@link ArchiveExport}). */
    private static int archive(Samverka samverka, Cli cli, PrintStream out, PrintStream err) {
        Optional<se.samverka.core.domain.Group> group = oneGroup(samverka, cli.option("--group").orElseThrow(), err);
        if (group.isEmpty()) return 2;
        return ArchiveExport.run(samverka.store(), group.get(), cli.option("--year").orElseThrow(),
                Path.of(cli.option("--out").orElseThrow()), out, err);
    }

    /** The meeting's day, as the minutes' file name ends ("minnesanteckningar-2017-09-05"). */
    private static Optional<LocalDate> meetingDay(String fileName) {
        Matcher day = FILE_DAY.matcher(fileName);
        return day.find() ? Optional.of(LocalDate.parse(day.group(1))) : Optional.empty();
    }

    /** The one group with this name in the database, or a message to the user. */
    private static Optional<se.samverka.core.domain.Group> oneGroup(Samverka samverka, String name, PrintStream err) {
        var store = samverka.store();
        java.util.List<se.samverka.core.domain.Group> groups = store.transactions().inTransaction(
                () -> store.groups().named(name), g -> true);
        if (groups.isEmpty()) {
            err.println("There is no group called \"" + name + "\" in " + samverka.database().describe()
                    + ". Create it first (in chat, or: ./samverka console, then: grupp skapa " + name + ").");
            return Optional.empty();
        }
        if (groups.size() > 1) {
            err.println("\"" + name + "\" is the name of " + groups.size() + " groups (in different workspaces); rename one first.");
            return Optional.empty();
        }
        return Optional.of(groups.get(0));
    }

    /** Imports each file into the named group, a line per file and a summary. */
    private static int importMinutes(Samverka samverka, Clock clock, Cli cli, PrintStream out, PrintStream err) {
        Optional<se.samverka.core.domain.Group> found = oneGroup(samverka, cli.option("--group").orElseThrow(), err);
        if (found.isEmpty()) return 2;
        se.samverka.core.domain.Group group = found.get();
        var store = samverka.store();
        MinutesExtractor extractor = MinutesExtractor.load();
        var importer = new se.samverka.core.minutes.MinutesImport(store, clock, samverka.settings());
        java.util.List<String> files = cli.arguments();
        int imported = 0;
        int again = 0;
        int failed = 0;
        int[] totals = new int[4];
        se.samverka.core.text.Texts en = se.samverka.core.text.Texts.of(se.samverka.core.domain.Lang.EN);
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            String prefix = "[" + (i + 1) + "/" + files.size() + "] " + file + ": ";
            try {
                String text = Documents.text(Path.of(file));
                var r = importer.importInto(group, Path.of(file).getFileName().toString(), text, extractor.extract(text));
                String when = r.meeting().map(m -> m.toLocalDate() + " " + m.toLocalTime()).orElse("?");
                switch (r.outcome()) {
                    case IMPORTED -> {
                        imported++;
                        totals[0] += r.decisions().added();
                        totals[1] += r.actions().added();
                        totals[2] += r.plannedMeetings();
                        totals[3] += r.guests();
                        out.println(prefix + "imported the meeting of " + when + ": " + r.people() + " people ("
                                + r.guests() + " new guests); added " + se.samverka.core.minutes.ImportSummary.added(en, r)
                                + "; already there: " + se.samverka.core.minutes.ImportSummary.already(en, r));
                    }
                    case ALREADY_IMPORTED -> {
                        again++;
                        out.println(prefix + "already imported (the meeting of " + when + "); nothing changed");
                    }
                    case NOT_MINUTES -> {
                        failed++;
                        out.println(prefix + "not imported: it does not look like minutes ("
                                + se.samverka.core.minutes.ImportSummary.missing(en, r.missing()) + ")");
                    }
                    case NO_DATE -> {
                        failed++;
                        out.println(prefix + "not imported: no meeting date found in the document");
                    }
                    case LOCKED -> {
                        failed++;
                        out.println(prefix + "not imported: the minutes of the meeting of " + r.meeting().map(m -> m.toLocalDate().toString()).orElse("")
                                + " are justerade (locked); correct them with 'protokoll rättelse'");
                    }
                }
            } catch (Documents.Unreadable e) {
                failed++;
                out.println(prefix + "not imported: " + e.getMessage());
            }
        }
        out.println("Done: " + imported + " imported, " + again + " already there, " + failed + " not imported, into \""
                + group.name() + "\" — " + totals[0] + " decisions, " + totals[1] + " open action items, " + totals[2]
                + " planned meetings, " + totals[3] + " guests added.");
        return failed == 0 ? 0 : 1;
    }

    /** The --url option: the bot's public https address. */
    private static Optional<java.net.URI> publicUrl(Cli cli, PrintStream err) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(cli.option("--url").orElse(""));
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            err.println(cli.command() + " needs --url with the public https address of this bot, e.g. --url https://samverka.example.se");
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    private static int demo(Samverka samverka, Clock clock, PrintStream out) {
        if (Demo.load(samverka, clock)) {
            out.println("Demo loaded: \"" + Demo.GROUP + "\" in " + samverka.database().describe() + ".");
        } else {
            out.println("The demo group \"" + Demo.GROUP + "\" is already in " + samverka.database().describe() + ".");
        }
        out.println("Try: ./samverka console --group \"" + Demo.GROUP + "\" --as \"" + Demo.SECRETARY + "\"");
        return 0;
    }

    private static int serve(Samverka samverka, SamverkaConfig config, PrintStream out) throws InterruptedException {
        samverka.replayInbox(); // before the first new command can arrive
        Javalin http = HttpServer.start(samverka, config);
        samverka.startScheduler(FollowUpScheduler.PLAN_EVERY, FollowUpScheduler.SEND_EVERY);
        samverka.started(true);
        out.println("Samverka is listening on " + config.bind() + " port " + http.port()
                + (config.bind().equals("0.0.0.0") || config.bind().equals("::") ? " (every interface)" : "")
                + ": " + address(config.bind(), http.port()) + " (database " + samverka.database().describe() + ")");
        out.println(samverka.slack().isPresent()
                ? "Slack: requests to " + address(config.bind(), http.port()) + HttpServer.SLACK_PATH
                : "Slack: off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to connect a workspace)");
        out.println(samverka.teams().isPresent()
                ? "Teams: activities to " + address(config.bind(), http.port()) + HttpServer.TEAMS_PATH
                : "Teams: off (set TEAMS_APP_ID and TEAMS_APP_PASSWORD to connect)");
        out.println(config.graph().isPresent()
                ? "Outlook: meetings go to the calendar of " + config.graph().get().organizer()
                : "Outlook: off (set GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET and GRAPH_ORGANIZER)");
        out.println(config.smtp().isPresent()
                ? "E-mail: invitations from " + config.smtp().get().from() + " through " + config.smtp().get().host()
                : "E-mail: off (set SMTP_HOST and SMTP_FROM to e-mail calendar invitations to members)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * Where this machine reaches the server: localhost when it listens on every interface or on loopback, else the one
     * address it listens on (SAMVERKA_BIND=192.0.2.10 does not answer on localhost).
     */
    static String address(String bind, int port) {
        boolean local = bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("127.0.0.1") || bind.equals("::1");
        String host = local ? "localhost" : bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + port;
    }

    /** The newcomer's way in: demo data on an empty database, the HTTP server, and a console in a terminal. */
    private static int start(Samverka samverka, SamverkaConfig config, Clock clock, InputStream in, PrintStream out,
                             PrintStream err, boolean terminal) throws IOException, InterruptedException {
        if (!terminal) return serve(samverka, config, out);
        boolean empty = samverka.store().transactions().inTransaction(() -> samverka.store().groups().isEmpty(), r -> true);
        if (empty && Demo.load(samverka, clock)) {
            out.println("Tom databas: demogruppen \"" + Demo.GROUP + "\" är inläst (" + config.database() + ").");
        }
        boolean demo = Demo.exists(samverka);
        samverka.replayInbox(); // before the first new command can arrive
        Javalin http = HttpServer.start(samverka, config);
        samverka.startScheduler(FollowUpScheduler.PLAN_EVERY, FollowUpScheduler.SEND_EVERY);
        samverka.started(true);
        try {
            out.println("HTTP: " + address(config.bind(), http.port()) + "/health");
            return console(samverka, Optional.of(Demo.GROUP).filter(g -> demo), Optional.of(Demo.SECRETARY)
                    .filter(s -> demo), in, out, err, true);
        } finally {
            http.stop();
        }
    }
}
