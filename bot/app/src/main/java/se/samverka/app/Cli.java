package se.samverka.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The command line: {@code samverka [command] [--option value]…}. */
record Cli(String command, Map<String, String> options, List<String> arguments) {
    static final Set<String> COMMANDS = Set.of("start", "serve", "console", "demo", "slack-manifest",
            "teams-manifest", "extract", "quality", "import-minutes", "minutes", "archive", "migrate-db", "help");
    private static final Map<String, Set<String>> OPTIONS = Map.ofEntries(
            Map.entry("start", Set.of("--db", "--port")),
            Map.entry("serve", Set.of("--db", "--port")),
            Map.entry("console", Set.of("--db", "--group", "--as")),
            Map.entry("demo", Set.of("--db")),
            Map.entry("slack-manifest", Set.of("--url")),
            Map.entry("teams-manifest", Set.of("--url", "--out")),
            Map.entry("extract", Set.of()),
            Map.entry("quality", Set.of("--loso")),
            Map.entry("import-minutes", Set.of("--group", "--db")),
            Map.entry("minutes", Set.of("--group", "--meeting", "--format", "--out", "--db")),
            Map.entry("archive", Set.of("--group", "--year", "--out", "--db")),
            Map.entry("migrate-db", Set.of("--from", "--to")),
            Map.entry("help", Set.of()));

    static final String USAGE = """
            Samverka — meeting assistant for cross-organisation working groups

            Usage: samverka [command] [options]
              (no command)                     start the bot: HTTP on port 7070 and, in a terminal, a console;
                                               an empty database gets the demo group first
              serve [--port N] [--db FILE]     HTTP server only (health; Slack and Teams plug in here)
              console [--group NAME] [--as USER] [--db FILE]
                                               the command engine on stdin/stdout, one command per line
              demo [--db FILE]                 add the demo group "Strategisk grupp integration" (seeds/004)
              slack-manifest --url https://HOST
                                               print the Slack app manifest (paste it at api.slack.com/apps)
              teams-manifest --url https://HOST [--out samverka-teams.zip]
                                               write the Teams app package (needs TEAMS_APP_ID only)
              extract FILE…                    print what minutes say (.txt, .md, .docx) as JSON: meeting, participants,
                                               agenda, decisions, action items, laget runt, next meetings
              quality --loso DIR               score extract on a labelled folder (../shared/eval/minutes-dev): each
                                               source scored by a model trained without it (leave one source out),
                                               then the whole folder, both as ../shared/eval/score.py prints them
              import-minutes FILE… --group NAME [--db FILE]
                                               put old minutes into a group's history: meeting, attendance,
                                               agenda, decisions, open action items, laget runt (again: no change)
              minutes --group NAME [--meeting DATE] [--format md|html|docx|pdf] [--out FILE] [--db FILE]
                                               the minutes of a meeting (default: the latest held) in the seed
                                               layout; md and html to stdout, docx and pdf (PDF/A-2b) to a file
              archive --group NAME --year YYYY --out DIR [--db FILE]
                                               write the archive copy (PDF/A) of every justerad version of the
                                               group's minutes that year and index.csv for a registrar's import;
                                               each SHA-256 checked against the database
              migrate-db --from DB --to DB     copy every row of a database (ids, history, outbox state) into an
                                               empty one — a SQLite file to postgresql://user@host:5432/db, back,
                                               or file to file — and verify each table's rows and SHA-256; again:
                                               "already copied", nothing changed; a used target is refused
              help                             this text

            Configuration: environment variables, then ./samverka.properties (or SAMVERKA_CONFIG), then defaults:
              SAMVERKA_DB=data/samverka.db  SAMVERKA_PORT=7070  SAMVERKA_BIND=0.0.0.0 (127.0.0.1 behind a proxy)
              SAMVERKA_TIMEZONE=Europe/Stockholm
              SAMVERKA_LOCALE=sv  SAMVERKA_MEETING_HOURS=09:00-12:00
              SAMVERKA_PUBLIC_URL (calendar feed links), SAMVERKA_SUMMER_BREAK=06-20..08-15
              SAMVERKA_PRIVACY_URL, SAMVERKA_TERMS_URL (else built-in /privacy and /terms pages)
              SAMVERKA_CLOCK=system (or a local time such as 2026-10-20T09:00 to rehearse as if it were then)
              SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN (both: Slack on), SLACK_API_URL=https://slack.com/api/,
              SLACK_COMMAND=/samverka
              TEAMS_APP_ID, TEAMS_APP_PASSWORD (both: Teams on), TEAMS_OPENID_URL, TEAMS_TOKEN_URL,
              TEAMS_FILES_URL (tests only)
              GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET, GRAPH_ORGANIZER (all: Outlook invites and
              member import on), GRAPH_BASE_URL=https://graph.microsoft.com/v1.0,
              GRAPH_AUTHORITY_URL=https://login.microsoftonline.com, GRAPH_TEAMS_LINK=false
              SMTP_HOST, SMTP_FROM (e-mailed invitations), SMTP_PORT=587, SMTP_SECURITY=starttls, SMTP_USER, SMTP_PASSWORD
            """;

    /** The parsed line, or the message that says what is wrong with it. */
    static Object parse(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String command = "start";
        if (!rest.isEmpty() && !rest.get(0).startsWith("-")) command = rest.remove(0);
        if (rest.contains("--help") || rest.contains("-h")) return new Cli("help", Map.of(), List.of());
        if (!COMMANDS.contains(command)) return "Unknown command '" + command + "'.";
        Map<String, String> options = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (!arg.startsWith("--")) {
                arguments.add(arg);
                continue;
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < rest.size()) {
                value = rest.get(++i);
            } else {
                return "Option " + arg + " needs a value.";
            }
            if (!OPTIONS.get(command).contains(name)) return "Option " + name + " is not known for '" + command + "'.";
            options.put(name, value);
        }
        if (command.equals("extract") && arguments.isEmpty()) return "extract needs a file: samverka extract minutes.txt";
        if (command.equals("quality") && !options.containsKey("--loso")) {
            return "quality needs a labelled folder: samverka quality --loso ../shared/eval/minutes-dev";
        }
        if (command.equals("import-minutes") && (arguments.isEmpty() || !options.containsKey("--group"))) {
            return "import-minutes needs files and a group: samverka import-minutes minutes.txt --group \"Strategisk grupp\"";
        }
        if (command.equals("minutes") && !options.containsKey("--group")) {
            return "minutes needs a group: samverka minutes --group \"Strategisk grupp\" --meeting 2017-09-05 --format docx";
        }
        if (command.equals("minutes") && !Set.of("md", "html", "docx", "pdf").contains(options.getOrDefault("--format", "md"))) {
            return "--format is md, html, docx or pdf.";
        }
        if (command.equals("archive") && !(options.containsKey("--group") && options.containsKey("--year")
                && options.containsKey("--out"))) {
            return "archive needs a group, a year and a folder: samverka archive --group \"Strategisk grupp\" --year 2026 --out arkiv";
        }
        if (command.equals("migrate-db") && !(options.containsKey("--from") && options.containsKey("--to"))) {
            return "migrate-db needs --from and --to: samverka migrate-db --from data/samverka.db"
                    + " --to postgresql://samverka@localhost:5432/samverka";
        }
        boolean takesFiles = command.equals("extract") || command.equals("import-minutes");
        if (!arguments.isEmpty() && !takesFiles) return "Unexpected argument '" + arguments.get(0) + "'.";
        return new Cli(command, options, arguments);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
