package se.samverka.core.justering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.OrganisationOwner;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.Justering;
import se.samverka.core.text.Texts;

/**
 * Protokollsutdrag: the decisions of a justerad meeting that concern an organisation, as a document of their own for
 * the organisation's registrar. A decision <b>concerns</b> an organisation when
 * <ol>
 *   <li>its text names the organisation (as the roster spells it, any case, as whole words), or</li>
 *   <li>an action item that goes with it — recorded for it, or under the same agenda point of the same meeting —
 *       is owned by the organisation, by a member of it, or by {@code alla} (everyone).</li>
 * </ol>
 * Nothing else is guessed: a decision that names no one and has no action item concerns no organisation.
 */
final class Extracts {
    private Extracts() {}

    /** One decision and its §. */
    record Item(Decision decision, Justering.Paragraph paragraph, String point) {}

    /** The meeting's decisions (with their §, given now if missing) in the order recorded. */
    static List<Item> items(Ctx ctx, Meeting meeting) {
        int year = ctx.meetings().localDate(meeting).getYear();
        List<Item> items = new ArrayList<>();
        for (Decision d : ctx.store.decisions().forMeeting(ctx.scope, meeting.id())) {
            Justering.Paragraph p = ctx.store.justering().paragraph(ctx.scope, d.id())
                    .orElseGet(() -> ctx.store.justering().numberParagraph(ctx.scope, d.id(), year));
            String point = d.agendaItemId().flatMap(id -> ctx.store.agenda().byId(ctx.scope, id)).map(a -> a.text()).orElse("");
            items.add(new Item(d, p, point));
        }
        return items;
    }

    /** The decisions concerning each organisation (only organisations some decision concerns), in the roster's order. */
    static Map<String, List<Item>> byOrganisation(Ctx ctx, List<Item> items, List<String> organisations) {
        List<ActionItem> actions = ctx.store.actions().all(ctx.scope);
        Map<String, List<Item>> out = new LinkedHashMap<>();
        for (String org : organisations) {
            List<Item> concern = items.stream().filter(i -> concerns(i.decision(), org, actions)).toList();
            if (!concern.isEmpty()) out.put(org, concern);
        }
        return out;
    }

    static boolean concerns(Decision d, String organisation, List<ActionItem> actions) {
        String org = organisation.toLowerCase(Locale.ROOT);
        if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(org) + "(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE)
                .matcher(d.text()).find()) {
            return true;
        }
        for (ActionItem a : actions) {
            if (!belongs(a, d)) continue;
            for (OrganisationOwner o : a.organisations()) {
                if (o.kind() == OrganisationOwner.Kind.EVERYONE) return true;
                if (o.organisation().filter(organisation::equalsIgnoreCase).isPresent()) return true;
            }
            for (Member m : a.owners()) {
                if (m.organisation().filter(organisation::equalsIgnoreCase).isPresent()) return true;
            }
        }
        return false;
    }

    /** Recorded for the decision, or under the decision's agenda point of the same meeting. */
    private static boolean belongs(ActionItem a, Decision d) {
        if (a.decisionId().filter(id -> id == d.id()).isPresent()) return true;
        return d.meetingId().isPresent() && d.agendaItemId().isPresent() && a.meetingId().equals(d.meetingId())
                && a.agendaItemId().equals(d.agendaItemId());
    }

    /** The protokollsutdrag's Markdown: group, meeting, each decision under its §, the justering. */
    static String markdown(Texts t, String group, String meeting, String organisation, List<Item> items, String justering) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.get("sendout.extractTitle")).append("\n\n");
        md.append("**").append(group).append("**\n\n");
        md.append(t.get("sendout.extractMeeting", meeting)).append("\n\n");
        md.append(t.get("sendout.extractFor", organisation)).append("\n\n");
        for (Item i : items) {
            md.append("## ").append(t.get("sendout.paragraph", i.paragraph().number(), i.paragraph().year()))
                    .append(i.point().isBlank() ? "" : " " + i.point()).append("\n\n");
            md.append("\\").append(t.get("sendout.decisionLine", i.decision().text())).append("\n\n");
        }
        md.append("## ").append(t.get("sendout.justeringHeading")).append("\n\n").append(justering).append('\n');
        return md.toString();
    }
}
