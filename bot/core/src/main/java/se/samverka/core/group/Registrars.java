package se.samverka.core.group;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.GroupSettings;
import se.samverka.core.text.Names;

/**
 * organisation &lt;namn&gt; registrator &lt;e-post&gt; / organisation &lt;name&gt; registrar &lt;email&gt;: the address of an
 * organisation's registry (registrator, diarium), which gets the protokollsutdrag of the decisions that concern the
 * organisation once the minutes are justerade. Kept among the group's settings ({@code registrar:<organisation>}).
 */
public final class Registrars {
    private static final Pattern COMMAND = Pattern.compile("(?iu)^(.+?)\\s+(registrator|registrar)(?:\\s+(.*))?$");
    private static final String PREFIX = "registrar:";

    private Registrars() {}

    /** The language the command was written in: "registrar" is English, whatever the first word's spelling. */
    public static Lang language(String args, Lang parsed) {
        Matcher m = COMMAND.matcher(args.strip());
        if (!m.matches()) return parsed;
        return m.group(2).equalsIgnoreCase("registrar") ? Lang.EN : Lang.SV;
    }

    /** Sets the registrar of one of the roster's organisations (chair or secretary). */
    public static Reply set(Ctx ctx) {
        ctx.requireManager();
        Matcher m = COMMAND.matcher(ctx.args.strip());
        if (!m.matches()) throw ctx.reject("registrar.form");
        String typed = m.group(1).strip();
        String email = m.group(3) == null ? "" : m.group(3).strip();
        Roster roster = ctx.roster();
        Optional<String> organisation = roster.organisations().stream()
                .filter(o -> Names.normalize(o).equals(Names.normalize(typed))).findFirst();
        if (organisation.isEmpty()) {
            var near = roster.organisationSuggestions(typed);
            throw ctx.refuse("registrar.unknownOrganisation", typed,
                    String.join(", ", near.isEmpty() ? roster.organisations() : near));
        }
        if (email.isEmpty()) throw ctx.reject("registrar.noEmail", organisation.get());
        if (email.length() > 254 || !MemberLine.EMAIL.matcher(email).matches()) {
            throw ctx.reject("registrar.badEmail", email);
        }
        Optional<String> before = ctx.store.settings().get(ctx.scope, key(organisation.get()));
        if (before.filter(email::equalsIgnoreCase).isPresent()) {
            throw ctx.refuse("registrar.same", organisation.get(), email);
        }
        ctx.store.settings().set(ctx.scope, key(organisation.get()), email);
        ctx.audit("registrar.set", organisation.get() + ": " + email);
        return Reply.builder().text(ctx.t.get("registrar.set", organisation.get(), email))
                .context(ctx.t.get("registrar.setHow")).ok();
    }

    /** The registrars of the roster's organisations, by organisation, in the roster's order. */
    public static Map<String, String> of(GroupSettings settings, GroupScope scope, Roster roster) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String org : roster.organisations()) {
            settings.get(scope, key(org)).ifPresent(email -> out.put(org, email));
        }
        return out;
    }

    private static String key(String organisation) {
        return PREFIX + Names.normalize(organisation).toLowerCase(Locale.ROOT);
    }
}
