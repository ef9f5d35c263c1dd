package se.samverka.integrations.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.timePicker;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/**
 * The modals: a form per command (agenda item, decision, action item, meeting) and one to edit a proposed command.
 * A submitted form becomes the command text a user would have typed, so the engine checks it like any other.
 */
final class SlackForms {
    static final String CALLBACK = "samverka.form.";
    static final String VALUE = "value";
    static final int MAX_OPTIONS = 100;
    private static final Gson GSON = new Gson();

    /** The forms, by the command they fill in. */
    enum Kind {
        AGENDA(Verb.AGENDA_ADD, "text"),
        DECISION(Verb.DECISION, "text"),
        ACTION(Verb.ACTION, "task"),
        MEETING(Verb.MEETING_ADD, "date"),
        EDIT(null, "text");

        final Verb verb;
        /** The field an error from the engine is shown under. */
        final String mainField;

        Kind(Verb verb, String mainField) {
            this.verb = verb;
            this.mainField = mainField;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The form a bare command opens: "punkt", "åtgärd", "beslut", "möte" (and their English words). */
        static Optional<Kind> forVerb(Verb verb) {
            for (Kind k : values()) if (k.verb == verb) return Optional.of(k);
            return Optional.empty();
        }
    }

    /** Where a form was opened from, carried through Slack in the view's private_metadata. */
    record Origin(Kind kind, String channel, Lang lang) {
        String toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("k", kind.name());
            json.addProperty("ch", channel);
            json.addProperty("l", lang.code());
            return GSON.toJson(json);
        }

        static Optional<Origin> read(String metadata) {
            try {
                JsonObject json = GSON.fromJson(metadata, JsonObject.class);
                return Optional.of(new Origin(Kind.valueOf(json.get("k").getAsString()), json.get("ch").getAsString(),
                        Lang.fromCode(json.get("l").getAsString()).orElse(Lang.SV)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private SlackForms() {}

    static View form(Origin origin, String prefill, List<String> roster) {
        Texts t = Texts.of(origin.lang());
        String k = origin.kind().key();
        List<LayoutBlock> blocks = new ArrayList<>();
        String text = SlackBlocks.cut(prefill.strip(), 3000);
        switch (origin.kind()) {
            case AGENDA -> {
                blocks.add(textInput("text", t.get("form.agenda.text"), text, true, false));
                blocks.add(input(i -> i.blockId("standing").optional(true).label(plainText(t.get("form.agenda.standingLabel")))
                        .element(checkboxes(c -> c.actionId(VALUE).options(List.of(
                                option(plainText(t.get("form.agenda.standing")), "standing")))))));
            }
            case DECISION -> blocks.add(textInput("text", t.get("form.decision.text"), text, true, false));
            case ACTION -> {
                if (roster.isEmpty()) {
                    blocks.add(textInput("owners", t.get("form.action.owners"), "", false, false));
                } else {
                    List<OptionObject> options = roster.stream().limit(MAX_OPTIONS)
                            .map(name -> option(plainText(SlackBlocks.cut(name, 75)), SlackBlocks.cut(name, 150))).toList();
                    blocks.add(input(i -> i.blockId("owners").label(plainText(t.get("form.action.owners")))
                            .element(multiStaticSelect(m -> m.actionId(VALUE).options(options)
                                    .placeholder(plainText(t.get("form.action.ownersHint")))))));
                }
                blocks.add(textInput("task", t.get("form.action.task"), text, true, false));
                blocks.add(input(i -> i.blockId("due").optional(true).label(plainText(t.get("form.action.due")))
                        .element(datePicker(d -> d.actionId(VALUE)))));
            }
            case MEETING -> {
                blocks.add(input(i -> i.blockId("date").label(plainText(t.get("form.meeting.date")))
                        .element(datePicker(d -> d.actionId(VALUE)))));
                blocks.add(input(i -> i.blockId("start").optional(true).label(plainText(t.get("form.meeting.start")))
                        .element(timePicker(p -> p.actionId(VALUE)))));
                blocks.add(input(i -> i.blockId("end").optional(true).label(plainText(t.get("form.meeting.end")))
                        .element(timePicker(p -> p.actionId(VALUE)))));
                blocks.add(textInput("place", t.get("form.meeting.place"), "", false, true));
                blocks.add(textInput("host", t.get("form.meeting.host"), "", false, true));
            }
            case EDIT -> blocks.add(textInput("text", t.get("form.edit.text"), text, true, false));
        }
        return view(v -> v.type("modal").callbackId(CALLBACK + k).privateMetadata(origin.toJson())
                .title(viewTitle(x -> x.type("plain_text").text(SlackBlocks.cut(t.get("form." + k + ".title"), 24))))
                .submit(viewSubmit(x -> x.type("plain_text").text(t.get("form.submit"))))
                .close(viewClose(x -> x.type("plain_text").text(t.get("form.cancel"))))
                .blocks(blocks));
    }

    private static LayoutBlock textInput(String id, String label, String initial, boolean multiline, boolean optional) {
        return input(i -> i.blockId(id).optional(optional).label(plainText(label))
                .element(plainTextInput(p -> p.actionId(VALUE).multiline(multiline)
                        .initialValue(initial.isEmpty() ? null : initial))));
    }

    /** The command the filled-in form stands for. */
    static String command(Origin origin, ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null ? Map.of() : state.getValues();
        Lang lang = origin.lang();
        String text = value(values, "text").map(ViewState.Value::getValue).orElse("").strip();
        return switch (origin.kind()) {
            case AGENDA -> {
                boolean standing = value(values, "standing").map(ViewState.Value::getSelectedOptions)
                        .map(o -> !o.isEmpty()).orElse(false);
                yield (standing ? Verb.STANDING : Verb.AGENDA_ADD).word(lang) + " " + text;
            }
            case DECISION -> Verb.DECISION.word(lang) + " " + text;
            case ACTION -> {
                Optional<ViewState.Value> ownerField = value(values, "owners");
                String owners = ownerField.map(v -> v.getSelectedOptions() != null
                        ? v.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).collect(Collectors.joining(", "))
                        : Optional.ofNullable(v.getValue()).orElse("")).orElse("").strip();
                String task = value(values, "task").map(ViewState.Value::getValue).orElse("").strip();
                String due = value(values, "due").map(ViewState.Value::getSelectedDate).orElse(null);
                String head = owners.isEmpty() ? "" : owners + ": ";
                yield Verb.ACTION.word(lang) + " " + head + task
                        + (due == null ? "" : (lang == Lang.EN ? " by " : " senast ") + due);
            }
            case MEETING -> {
                String date = value(values, "date").map(ViewState.Value::getSelectedDate).orElse("");
                String start = value(values, "start").map(ViewState.Value::getSelectedTime).orElse(null);
                String end = value(values, "end").map(ViewState.Value::getSelectedTime).orElse(null);
                String place = value(values, "place").map(ViewState.Value::getValue).orElse("").strip();
                String host = value(values, "host").map(ViewState.Value::getValue).orElse("").strip();
                StringBuilder out = new StringBuilder(Verb.MEETING_ADD.word(lang)).append(' ').append(date);
                if (start != null && end != null) out.append(' ').append(start).append('-').append(end);
                else if (start != null) out.append(' ').append(lang == Lang.EN ? "at " : "kl. ").append(start);
                if (!place.isEmpty()) out.append(' ').append(place);
                if (!host.isEmpty()) out.append(place.isEmpty() ? " " + (lang == Lang.EN ? "host: " : "värd: ") + host : " (" + host + ")");
                yield out.toString();
            }
            case EDIT -> text;
        };
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(m -> m.get(VALUE));
    }
}
