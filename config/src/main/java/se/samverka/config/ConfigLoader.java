package se.samverka.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@link SamverkaConfig} from the environment, then {@code samverka.properties}, then defaults (in that
 * order of precedence). Every key is checked; all problems are reported together.
 */
public final class ConfigLoader {
    public static final String DB = "SAMVERKA_DB";
    public static final String DB_PASSWORD = "SAMVERKA_DB_PASSWORD";
    /** With PostgreSQL, the folder of this instance's own files (console outbox, invitation files). */
    public static final String DATA = "SAMVERKA_DATA";
    public static final String PORT = "SAMVERKA_PORT";
    public static final String TIMEZONE = "SAMVERKA_TIMEZONE";
    public static final String LOCALE = "SAMVERKA_LOCALE";
    public static final String MEETING_HOURS = "SAMVERKA_MEETING_HOURS";
    public static final String CLOCK = "SAMVERKA_CLOCK";
    public static final String PUBLIC_URL = "SAMVERKA_PUBLIC_URL";
    public static final String SUMMER_BREAK = "SAMVERKA_SUMMER_BREAK";
    public static final String BIND = "SAMVERKA_BIND";
    public static final String PRIVACY_URL = "SAMVERKA_PRIVACY_URL";
    public static final String TERMS_URL = "SAMVERKA_TERMS_URL";
    public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SLACK_API_URL = "SLACK_API_URL";
    public static final String SLACK_COMMAND = "SLACK_COMMAND";
    public static final String TEAMS_APP_ID = "TEAMS_APP_ID";
    public static final String TEAMS_APP_PASSWORD = "TEAMS_APP_PASSWORD";
    public static final String TEAMS_OPENID_URL = "TEAMS_OPENID_URL";
    public static final String TEAMS_TOKEN_URL = "TEAMS_TOKEN_URL";
    public static final String TEAMS_FILES_URL = "TEAMS_FILES_URL";
    public static final String GRAPH_TENANT_ID = "GRAPH_TENANT_ID";
    public static final String GRAPH_CLIENT_ID = "GRAPH_CLIENT_ID";
    public static final String GRAPH_CLIENT_SECRET = "GRAPH_CLIENT_SECRET";
    public static final String GRAPH_ORGANIZER = "GRAPH_ORGANIZER";
    public static final String GRAPH_BASE_URL = "GRAPH_BASE_URL";
    public static final String GRAPH_AUTHORITY_URL = "GRAPH_AUTHORITY_URL";
    public static final String GRAPH_TEAMS_LINK = "GRAPH_TEAMS_LINK";
    public static final String SMTP_HOST = "SMTP_HOST";
    public static final String SMTP_PORT = "SMTP_PORT";
    public static final String SMTP_USER = "SMTP_USER";
    public static final String SMTP_PASSWORD = "SMTP_PASSWORD";
    public static final String SMTP_FROM = "SMTP_FROM";
    public static final String SMTP_SECURITY = "SMTP_SECURITY";
    /** Where the properties file is; not itself read from the file. */
    public static final String CONFIG_FILE = "SAMVERKA_CONFIG";

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(DB, "data/samverka.db"),
            Map.entry(DB_PASSWORD, ""),
            Map.entry(DATA, "data"),
            Map.entry(PORT, "7070"),
            Map.entry(TIMEZONE, "Europe/Stockholm"),
            Map.entry(LOCALE, "sv"),
            Map.entry(MEETING_HOURS, "09:00-12:00"),
            Map.entry(CLOCK, "system"),
            Map.entry(PUBLIC_URL, ""),
            Map.entry(SUMMER_BREAK, "06-20..08-15"),
            Map.entry(BIND, "0.0.0.0"),
            Map.entry(PRIVACY_URL, ""),
            Map.entry(TERMS_URL, ""),
            Map.entry(SLACK_SIGNING_SECRET, ""),
            Map.entry(SLACK_BOT_TOKEN, ""),
            Map.entry(SLACK_API_URL, SlackSettings.DEFAULT_API.toString()),
            Map.entry(SLACK_COMMAND, "/samverka"),
            Map.entry(TEAMS_APP_ID, ""),
            Map.entry(TEAMS_APP_PASSWORD, ""),
            Map.entry(TEAMS_OPENID_URL, TeamsSettings.DEFAULT_OPENID.toString()),
            Map.entry(TEAMS_TOKEN_URL, TeamsSettings.DEFAULT_TOKEN.toString()),
            Map.entry(TEAMS_FILES_URL, ""),
            Map.entry(GRAPH_TENANT_ID, ""),
            Map.entry(GRAPH_CLIENT_ID, ""),
            Map.entry(GRAPH_CLIENT_SECRET, ""),
            Map.entry(GRAPH_ORGANIZER, ""),
            Map.entry(GRAPH_BASE_URL, GraphSettings.DEFAULT_BASE.toString()),
            Map.entry(GRAPH_AUTHORITY_URL, GraphSettings.DEFAULT_AUTHORITY.toString()),
            Map.entry(GRAPH_TEAMS_LINK, "false"),
            Map.entry(SMTP_HOST, ""),
            Map.entry(SMTP_PORT, "587"),
            Map.entry(SMTP_USER, ""),
            Map.entry(SMTP_PASSWORD, ""),
            Map.entry(SMTP_FROM, ""),
            Map.entry(SMTP_SECURITY, "starttls"));
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> KNOWN = new TreeSet<>(DEFAULTS.keySet());
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*[-–]\\s*(\\d{1,2})[:.](\\d{2})");

    private final Map<String, String> env;
    private final Properties file = new Properties();
    private final String fileName;
    private final List<String> problems = new ArrayList<>();

    private ConfigLoader(Map<String, String> env, Optional<Path> propertiesFile) {
        this.env = Map.copyOf(env);
        this.fileName = propertiesFile.map(Path::toString).orElse("samverka.properties");
        propertiesFile.filter(Files::isRegularFile).ifPresent(this::read);
    }

    /** Loads from {@code env} and the properties file named by SAMVERKA_CONFIG (default ./samverka.properties). */
    public static SamverkaConfig load(Map<String, String> env) {
        return load(env, Optional.of(file(env)));
    }

    /**
     * Only {@code TEAMS_APP_ID}, from the same places: the Teams app package names the bot by its id and needs no
     * password (nor anything else of the configuration). Empty when it is not set; a bad value is a ConfigException.
     */
    public static Optional<String> teamsAppId(Map<String, String> env) {
        ConfigLoader loader = new ConfigLoader(env, Optional.of(file(env)));
        String appId = loader.appId();
        if (!loader.problems.isEmpty()) throw new ConfigException(loader.problems);
        return Optional.of(appId).filter(id -> !id.isEmpty());
    }

    private static Path file(Map<String, String> env) {
        Path file = Path.of(env.getOrDefault(CONFIG_FILE, "samverka.properties"));
        if (env.containsKey(CONFIG_FILE) && !Files.isRegularFile(file)) {
            throw new ConfigException(List.of(CONFIG_FILE + "=" + file + ": no such file"));
        }
        return file;
    }

    public static SamverkaConfig load(Map<String, String> env, Optional<Path> propertiesFile) {
        return new ConfigLoader(env, propertiesFile).build();
    }

    private void read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            file.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(path + ": cannot be read (" + e.getMessage() + ")");
        }
        for (String key : file.stringPropertyNames()) {
            if (!KNOWN.contains(key)) problems.add(key + " (in " + path + "): unknown key; known keys are " + KNOWN);
        }
    }

    private SamverkaConfig build() {
        Optional<PostgresSettings> postgres = postgres();
        Path database = postgres.isPresent() ? dataFolder().map(folder -> folder.resolve("samverka.db")).orElse(null)
                : value(DB, "a file path or a PostgreSQL address (postgresql://user@host:5432/samverka)",
                        raw -> raw.isBlank() ? null : Path.of(raw));
        Integer port = value(PORT, "a port number 0–65535", raw -> {
            int p = Integer.parseInt(raw.strip());
            return p >= 0 && p <= 65535 ? p : null;
        });
        ZoneId zone = value(TIMEZONE, "a time zone such as Europe/Stockholm", raw -> ZoneId.of(raw.strip()));
        String locale = value(LOCALE, "sv or en", raw -> Set.of("sv", "en").contains(raw.strip()) ? raw.strip() : null);
        LocalTime[] hours = value(MEETING_HOURS, "a time range such as 09:00-12:00", ConfigLoader::hours);
        Optional<LocalDateTime> clock = value(CLOCK, "system, or a local date-time such as 2026-10-20T09:00",
                raw -> raw.strip().equals("system") ? Optional.empty() : Optional.of(LocalDateTime.parse(raw.strip())));
        Optional<java.net.URI> publicUrl = value(PUBLIC_URL, "the bot's public address, e.g. https://samverka.region.se",
                raw -> raw.isBlank() ? Optional.<java.net.URI>empty() : Optional.of(java.net.URI.create(raw.strip()))
                        .filter(u -> Set.of("http", "https").contains(String.valueOf(u.getScheme())) && u.getHost() != null)
                        .map(Optional::of).orElse(null));
        java.time.MonthDay[] summer = value(SUMMER_BREAK, "two dates MM-DD..MM-DD, e.g. 06-20..08-15", raw -> {
            String[] parts = raw.strip().split("\\.\\.");
            if (parts.length != 2) return null;
            return new java.time.MonthDay[] {java.time.MonthDay.parse("--" + parts[0].strip()),
                    java.time.MonthDay.parse("--" + parts[1].strip())};
        });
        String bind = value(BIND, "the address to listen on: 0.0.0.0 (every interface), 127.0.0.1 (this machine only),"
                + " :: or another IP address of this machine", ConfigLoader::bindAddress);
        Optional<java.net.URI> privacy = optionalUrl(PRIVACY_URL, "https://region.se/integritet");
        Optional<java.net.URI> terms = optionalUrl(TERMS_URL, "https://region.se/villkor");
        Optional<SlackSettings> slack = slack();
        Optional<TeamsSettings> teams = teams();
        Optional<GraphSettings> graph = graph();
        Optional<SmtpSettings> smtp = smtp();
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new SamverkaConfig(database, port, zone, locale, hours[0], hours[1], clock, slack, teams, graph, publicUrl,
                summer[0], summer[1], smtp, bind, privacy, terms, postgres);
    }

    /** With PostgreSQL, no file: the folder of this instance's own files, where the SQLite file's folder would be. */
    private Optional<Path> dataFolder() {
        return Optional.ofNullable(value(DATA, "a folder for this instance's own files (console outbox, invitations)",
                raw -> raw.isBlank() ? null : Path.of(raw.strip())));
    }

    /** PostgreSQL when SAMVERKA_DB names a server; its password may come from SAMVERKA_DB_PASSWORD instead. */
    private Optional<PostgresSettings> postgres() {
        String raw = env.containsKey(DB) ? env.get(DB) : file.getProperty(DB, "");
        if (!PostgresSettings.names(raw)) return Optional.empty();
        Optional<String> password = Optional.of(value(DB_PASSWORD, "the database password", p -> p)).filter(p -> !p.isEmpty());
        return Optional.ofNullable(value(DB, "a PostgreSQL address such as postgresql://samverka@db.region.se:5432/samverka",
                r -> PostgresSettings.parse(r, password)));
    }

    /** Slack is on when both its secret and token are set; one without the other is a mistake worth stopping for. */
    private Optional<SlackSettings> slack() {
        String secret = value(SLACK_SIGNING_SECRET, "the app's signing secret (Basic Information in Slack)",
                raw -> raw.strip().matches("[0-9a-zA-Z]*") ? raw.strip() : null);
        String token = value(SLACK_BOT_TOKEN, "a bot token starting with xoxb-",
                raw -> raw.isBlank() || raw.strip().startsWith("xoxb-") ? raw.strip() : null);
        java.net.URI api = url(SLACK_API_URL, "https://slack.com/api/");
        String command = value(SLACK_COMMAND, "a slash command such as /samverka",
                raw -> raw.strip().matches("/[a-z0-9_-]{1,31}") ? raw.strip() : null);
        if (!bothOrNeither("Slack", SLACK_SIGNING_SECRET, secret, SLACK_BOT_TOKEN, token)) return Optional.empty();
        if (api == null || command == null) return Optional.empty();
        return Optional.of(new SlackSettings(secret, token, api, command));
    }

    /** Teams is on when both the app id and password are set. */
    private Optional<TeamsSettings> teams() {
        String appId = appId();
        String password = value(TEAMS_APP_PASSWORD, "the app's client secret", String::strip);
        java.net.URI openId = url(TEAMS_OPENID_URL, TeamsSettings.DEFAULT_OPENID.toString());
        java.net.URI token = url(TEAMS_TOKEN_URL, TeamsSettings.DEFAULT_TOKEN.toString());
        Optional<java.net.URI> files = optionalUrl(TEAMS_FILES_URL, "http://127.0.0.1:8081/files/");
        if (!bothOrNeither("Teams", TEAMS_APP_ID, appId, TEAMS_APP_PASSWORD, password)) return Optional.empty();
        if (openId == null || token == null || files == null) return Optional.empty();
        return Optional.of(new TeamsSettings(appId, password, openId, token, files));
    }

    private String appId() {
        return value(TEAMS_APP_ID, "the bot's Microsoft app id (a GUID)",
                raw -> raw.isBlank() || GUID.matcher(raw.strip()).matches() ? raw.strip() : null);
    }

    /** Graph is on when the tenant, client id, secret and organiser are all set. */
    private Optional<GraphSettings> graph() {
        String tenant = value(GRAPH_TENANT_ID, "the tenant id (a GUID) or domain, e.g. region.onmicrosoft.com",
                raw -> raw.strip().matches("[A-Za-z0-9.-]*") ? raw.strip() : null);
        String client = value(GRAPH_CLIENT_ID, "the app registration's client id (a GUID)",
                raw -> raw.isBlank() || GUID.matcher(raw.strip()).matches() ? raw.strip() : null);
        String secret = value(GRAPH_CLIENT_SECRET, "the app registration's client secret", String::strip);
        String organizer = value(GRAPH_ORGANIZER, "the organiser's mailbox, e.g. samverka@region.se",
                raw -> raw.isBlank() || raw.strip().matches("[^@\\s]+@[^@\\s]+") ? raw.strip() : null);
        java.net.URI base = url(GRAPH_BASE_URL, GraphSettings.DEFAULT_BASE.toString());
        java.net.URI authority = url(GRAPH_AUTHORITY_URL, GraphSettings.DEFAULT_AUTHORITY.toString());
        Boolean link = value(GRAPH_TEAMS_LINK, "true or false",
                raw -> Set.of("true", "false").contains(raw.strip()) ? Boolean.valueOf(raw.strip()) : null);
        if (tenant == null || client == null || secret == null || organizer == null) return Optional.empty();
        List<String> given = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map.of(GRAPH_TENANT_ID, tenant, GRAPH_CLIENT_ID, client, GRAPH_CLIENT_SECRET, secret, GRAPH_ORGANIZER, organizer)
                .forEach((key, v) -> (v.isEmpty() ? missing : given).add(key));
        if (given.isEmpty()) return Optional.empty();
        if (!missing.isEmpty()) {
            problems.add(String.join(", ", new TreeSet<>(missing)) + " missing: Graph needs " + GRAPH_TENANT_ID + ", "
                    + GRAPH_CLIENT_ID + ", " + GRAPH_CLIENT_SECRET + " and " + GRAPH_ORGANIZER
                    + " (or none of them, to run without Outlook)");
            return Optional.empty();
        }
        if (base == null || authority == null || link == null) return Optional.empty();
        return Optional.of(new GraphSettings(tenant, client, secret, organizer, base, authority, link));
    }

    /** E-mail is on when SMTP_HOST is set; then SMTP_FROM must be too. */
    private Optional<SmtpSettings> smtp() {
        String host = value(SMTP_HOST, "an SMTP server name, e.g. smtp.region.se",
                raw -> raw.strip().matches("[A-Za-z0-9.-]*") ? raw.strip() : null);
        Integer port = value(SMTP_PORT, "a port number 1–65535", raw -> {
            int p = Integer.parseInt(raw.strip());
            return p > 0 && p <= 65535 ? p : null;
        });
        String user = value(SMTP_USER, "the SMTP login", String::strip);
        String password = value(SMTP_PASSWORD, "the SMTP password", raw -> raw);
        String from = value(SMTP_FROM, "the sender's address, e.g. samverka@region.se",
                raw -> raw.isBlank() || raw.strip().matches("[^@\\s]+@[^@\\s]+") ? raw.strip() : null);
        String security = value(SMTP_SECURITY, "starttls, ssl or none",
                raw -> Set.of("starttls", "ssl", "none").contains(raw.strip()) ? raw.strip() : null);
        if (host == null || host.isEmpty() || port == null || user == null || password == null || from == null || security == null) {
            return Optional.empty();
        }
        if (from.isEmpty()) {
            problems.add(SMTP_FROM + " is missing: e-mail needs the sender's address when " + SMTP_HOST + " is set");
            return Optional.empty();
        }
        return Optional.of(new SmtpSettings(host, port, Optional.of(user).filter(u -> !u.isEmpty()),
                Optional.of(password).filter(p -> !p.isEmpty()), from, security));
    }

    /** True when both are set; a mistake is recorded when only one is. */
    private boolean bothOrNeither(String what, String keyA, String a, String keyB, String b) {
        if (a == null || b == null) return false;
        if (a.isEmpty() != b.isEmpty()) {
            problems.add((a.isEmpty() ? keyA : keyB) + " is missing: " + what + " needs both " + keyA + " and " + keyB
                    + " (or neither, to run without " + what + ")");
            return false;
        }
        return !a.isEmpty();
    }

    private java.net.URI url(String key, String example) {
        return value(key, "an http(s) URL such as " + example, raw -> {
            java.net.URI uri = java.net.URI.create(raw.strip());
            return Set.of("http", "https").contains(String.valueOf(uri.getScheme())) && uri.getHost() != null ? uri : null;
        });
    }

    /** An http(s) URL, or blank for none. */
    private Optional<java.net.URI> optionalUrl(String key, String example) {
        return value(key, "an http(s) URL such as " + example + ", or nothing", raw -> {
            if (raw.isBlank()) return Optional.<java.net.URI>empty();
            java.net.URI uri = java.net.URI.create(raw.strip());
            return Set.of("http", "https").contains(String.valueOf(uri.getScheme())) && uri.getHost() != null ? Optional.of(uri) : null;
        });
    }

    /** An IP address literal (v4 or v6) or localhost; never looked up in DNS. */
    private static String bindAddress(String raw) {
        String address = raw.strip();
        if (address.equals("localhost")) return address;
        if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            for (String part : address.split("\\.")) if (Integer.parseInt(part) > 255) return null;
            return address;
        }
        if (!address.contains(":") || !address.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]*")) return null;
        try {
            java.net.InetAddress.getByName(address); // a literal with ':' is parsed, not resolved
            return address;
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    private <T> T value(String key, String expected, Function<String, T> parse) {
        String source;
        String raw;
        if (env.containsKey(key)) {
            raw = env.get(key);
            source = "environment";
        } else if (file.containsKey(key)) {
            raw = file.getProperty(key);
            source = fileName;
        } else {
            raw = DEFAULTS.get(key);
            source = "default";
        }
        T parsed;
        try {
            parsed = parse.apply(raw);
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed == null) {
            String shown = key.endsWith("_SECRET") || key.endsWith("_TOKEN") || key.endsWith("_PASSWORD") ? "(hidden)"
                    : raw == null ? null : raw.replaceAll("(://[^:/@]*:)[^@]*@", "$1(hidden)@");
            problems.add(key + "=" + shown + " (from " + source + "): expected " + expected);
        }
        return parsed;
    }

    private static LocalTime[] hours(String raw) {
        Matcher m = HOURS.matcher(raw.strip());
        if (!m.matches()) return null;
        try {
            LocalTime start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            LocalTime end = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            return end.isAfter(start) ? new LocalTime[] {start, end} : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
