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
    public static final String PORT = "SAMVERKA_PORT";
    public static final String TIMEZONE = "SAMVERKA_TIMEZONE";
    public static final String LOCALE = "SAMVERKA_LOCALE";
    public static final String MEETING_HOURS = "SAMVERKA_MEETING_HOURS";
    public static final String CLOCK = "SAMVERKA_CLOCK";
    public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SLACK_API_URL = "SLACK_API_URL";
    public static final String SLACK_COMMAND = "SLACK_COMMAND";
    /** Where the properties file is; not itself read from the file. */
    public static final String CONFIG_FILE = "SAMVERKA_CONFIG";

    private static final Map<String, String> DEFAULTS = Map.of(
            DB, "data/samverka.db",
            PORT, "7070",
            TIMEZONE, "Europe/Stockholm",
            LOCALE, "sv",
            MEETING_HOURS, "09:00-12:00",
            CLOCK, "system",
            SLACK_SIGNING_SECRET, "",
            SLACK_BOT_TOKEN, "",
            SLACK_API_URL, SlackSettings.DEFAULT_API.toString(),
            SLACK_COMMAND, "/samverka");
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
        Path file = Path.of(env.getOrDefault(CONFIG_FILE, "samverka.properties"));
        if (env.containsKey(CONFIG_FILE) && !Files.isRegularFile(file)) {
            throw new ConfigException(List.of(CONFIG_FILE + "=" + file + ": no such file"));
        }
        return load(env, Optional.of(file));
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
        Path database = value(DB, "a file path", raw -> raw.isBlank() ? null : Path.of(raw));
        Integer port = value(PORT, "a port number 0–65535", raw -> {
            int p = Integer.parseInt(raw.strip());
            return p >= 0 && p <= 65535 ? p : null;
        });
        ZoneId zone = value(TIMEZONE, "a time zone such as Europe/Stockholm", raw -> ZoneId.of(raw.strip()));
        String locale = value(LOCALE, "sv or en", raw -> Set.of("sv", "en").contains(raw.strip()) ? raw.strip() : null);
        LocalTime[] hours = value(MEETING_HOURS, "a time range such as 09:00-12:00", ConfigLoader::hours);
        Optional<LocalDateTime> clock = value(CLOCK, "system, or a local date-time such as 2026-10-20T09:00",
                raw -> raw.strip().equals("system") ? Optional.empty() : Optional.of(LocalDateTime.parse(raw.strip())));
        Optional<SlackSettings> slack = slack();
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new SamverkaConfig(database, port, zone, locale, hours[0], hours[1], clock, slack);
    }

    /** Slack is on when both its secret and token are set; one without the other is a mistake worth stopping for. */
    private Optional<SlackSettings> slack() {
        String secret = value(SLACK_SIGNING_SECRET, "the app's signing secret (Basic Information in Slack)",
                raw -> raw.strip().matches("[0-9a-zA-Z]*") ? raw.strip() : null);
        String token = value(SLACK_BOT_TOKEN, "a bot token starting with xoxb-",
                raw -> raw.isBlank() || raw.strip().startsWith("xoxb-") ? raw.strip() : null);
        java.net.URI api = value(SLACK_API_URL, "an http(s) URL such as https://slack.com/api/", raw -> {
            java.net.URI uri = java.net.URI.create(raw.strip());
            return Set.of("http", "https").contains(String.valueOf(uri.getScheme())) && uri.getHost() != null ? uri : null;
        });
        String command = value(SLACK_COMMAND, "a slash command such as /samverka",
                raw -> raw.strip().matches("/[a-z0-9_-]{1,31}") ? raw.strip() : null);
        if (secret == null || token == null) return Optional.empty();
        if (secret.isEmpty() != token.isEmpty()) {
            problems.add((secret.isEmpty() ? SLACK_SIGNING_SECRET : SLACK_BOT_TOKEN) + " is missing: Slack needs both "
                    + SLACK_SIGNING_SECRET + " and " + SLACK_BOT_TOKEN + " (or neither, to run without Slack)");
            return Optional.empty();
        }
        if (secret.isEmpty() || api == null || command == null) return Optional.empty();
        return Optional.of(new SlackSettings(secret, token, api, command));
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
            String shown = key.endsWith("_SECRET") || key.endsWith("_TOKEN") ? "(hidden)" : raw;
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
