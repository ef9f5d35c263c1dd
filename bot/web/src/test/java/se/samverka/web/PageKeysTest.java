package se.samverka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Role;
import se.samverka.core.text.Texts;

/**
 * Every text key the web pages use — in the templates and in this module's code — exists in both the Swedish and
 * the English bundle, and no key is built by joining strings: a missing text fails the build, never a page.
 */
class PageKeysTest {
    static final Path SOURCES = Path.of("src/main/java/se/samverka/web");
    static final Path TEMPLATES = Path.of("src/main/resources", Templates.FOLDER);
    /** A template's text: {@code t.get("page.x"} or {@code t.get('page.x'}. */
    static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\.get\\(\\s*[\"']([^\"']*)[\"']");
    /** A template asking for a text by a variable, which no scan can check. */
    static final Pattern TEMPLATE_DYNAMIC = Pattern.compile("\\bt\\.get\\(\\s*[^\"'\\s]");
    /** A key written in the code. */
    static final Pattern CODE_KEY = Pattern.compile("\"(page\\.[A-Za-z0-9_.]+)\"");
    /** The start of a key joined with something in the code: {@code "page.role." + …}. */
    static final Pattern CODE_BUILT = Pattern.compile("\"(page\\.[A-Za-z0-9_.]*\\.)\"\\s*\\+");

    record Problems(Set<String> missing, Set<String> built) {
        boolean none() {
            return missing.isEmpty() && built.isEmpty();
        }
    }

    /** The problems of one file's text, against the keys of each language. */
    static Problems check(String text, boolean template, Map<Lang, Predicate<String>> has) {
        Set<String> keys = new TreeSet<>();
        Set<String> built = new TreeSet<>();
        Matcher m = (template ? TEMPLATE_KEY : CODE_KEY).matcher(text);
        while (m.find()) keys.add(m.group(1));
        Matcher joined = (template ? TEMPLATE_DYNAMIC : CODE_BUILT).matcher(text);
        while (joined.find()) built.add(joined.group().strip());
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            has.forEach((lang, bundle) -> {
                if (key.endsWith(".") || !bundle.test(key)) missing.add(key + " (" + lang.code() + ")");
            });
        }
        return new Problems(missing, built);
    }

    static Map<Lang, Predicate<String>> bundles() {
        return Map.of(Lang.SV, Texts.of(Lang.SV)::has, Lang.EN, Texts.of(Lang.EN)::has);
    }

    static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyTemplateAndEveryPieceOfCodeAsksOnlyForTextsThatExistInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        int keys = 0;
        for (Path file : Stream.concat(files(TEMPLATES, ".peb").stream(), files(SOURCES, ".java").stream()).toList()) {
            String text = Files.readString(file);
            Problems p = check(text, file.toString().endsWith(".peb"), bundles());
            if (!p.none()) problems.add(file.getFileName() + ": missing " + p.missing() + ", built " + p.built());
            keys += (int) (file.toString().endsWith(".peb") ? TEMPLATE_KEY : CODE_KEY).matcher(text).results().count();
        }
        assertTrue(files(TEMPLATES, ".peb").size() >= 9 && keys > 100, "the scan sees the pages: " + keys + " keys");
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckCatchesAMissingKeyAKeyInOneLanguageOnlyAndAKeyBuiltAtRunTime() {
        Map<Lang, Predicate<String>> bundles = Map.of(Lang.SV, Set.of("page.a", "page.b")::contains,
                Lang.EN, Set.of("page.a")::contains);
        assertTrue(check("<p>{{ t.get(\"page.a\") }} {{ t.get('page.a', x) }}</p>", true, bundles).none());
        assertEquals(Set.of("page.nope (sv)", "page.nope (en)"), check("{{ t.get(\"page.nope\") }}", true, bundles).missing());
        assertEquals(Set.of("page.b (en)"), check("{{ t.get('page.b') }}", true, bundles).missing(), "only in Swedish");
        assertEquals(Set.of("t.get(k"), check("{{ t.get(key) }}", true, bundles).built());
        assertEquals(Set.of("page.b (en)"), check("return t.get(\"page.b\", 1);", false, bundles).missing());
        assertEquals(Set.of("\"page.role.\" +"), check("t.get(\"page.role.\" + role.name())", false, bundles).built(),
                "the way page.role.guest went missing (issue 14): a key joined from a role's name");
        assertTrue(!check("t.get(\"page.role.guest\")", false, bundles()).missing().iterator().hasNext());
    }

    @Test
    void everyRoleOnTheRosterHasItsTextInBothLanguages() {
        for (Role role : Role.values()) {
            for (Lang lang : Lang.values()) assertTrue(Texts.of(lang).has(Views.roleKey(role)), role + " " + lang);
        }
    }
}
