package se.samverka.minutes;

import se.samverka.core.domain.Minutes;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Optional;

/** The extraction as the JSON of the evaluation schema (../shared/eval/README.md). */
public final class MinutesJson {
    private MinutesJson() {}

    public static String write(Minutes m) {
        JsonObject o = new JsonObject();
        o.add("meeting", meeting(m.meeting()));
        o.add("participants", people(m.participants()));
        o.add("absent", people(m.absent()));
        o.add("note_taker", value(m.noteTaker()));
        JsonArray agenda = new JsonArray();
        m.agendaItems().forEach(agenda::add);
        o.add("agenda_items", agenda);
        JsonArray decisions = new JsonArray();
        for (Minutes.Decision d : m.decisions()) {
            JsonObject j = new JsonObject();
            j.addProperty("text", d.text());
            j.add("agenda_item", d.agendaItem().<com.google.gson.JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
            decisions.add(j);
        }
        o.add("decisions", decisions);
        JsonArray actions = new JsonArray();
        for (Minutes.Action a : m.actionItems()) {
            JsonObject j = new JsonObject();
            JsonArray owners = new JsonArray();
            a.owners().forEach(owners::add);
            j.add("owner", owners);
            j.addProperty("task", a.task());
            j.add("due", value(a.due().map(Object::toString)));
            j.addProperty("source_text", a.sourceText());
            actions.add(j);
        }
        o.add("action_items", actions);
        JsonArray round = new JsonArray();
        for (Minutes.Report r : m.roundTable()) {
            JsonObject j = new JsonObject();
            j.addProperty("name", r.name());
            j.addProperty("report", r.report());
            round.add(j);
        }
        o.add("round_table", round);
        JsonArray next = new JsonArray();
        m.nextMeetings().forEach(n -> next.add(meeting(n)));
        o.add("next_meetings", next);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(o);
    }

    private static JsonObject meeting(Minutes.Meeting m) {
        JsonObject j = new JsonObject();
        j.add("date", value(m.date().map(Object::toString)));
        j.add("start", value(m.start().map(t -> String.format("%02d:%02d", t.getHour(), t.getMinute()))));
        j.add("end", value(m.end().map(t -> String.format("%02d:%02d", t.getHour(), t.getMinute()))));
        j.add("place", value(m.place()));
        return j;
    }

    private static JsonArray people(java.util.List<Minutes.Person> people) {
        JsonArray a = new JsonArray();
        for (Minutes.Person p : people) {
            JsonObject j = new JsonObject();
            j.addProperty("name", p.name());
            j.add("org", value(p.org()));
            a.add(j);
        }
        return a;
    }

    private static com.google.gson.JsonElement value(Optional<String> v) {
        return v.<com.google.gson.JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE);
    }
}
