package se.samverka.core.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.SearchHit;
import se.samverka.core.engine.Ctx;

/** sök: decisions, action items, agenda points, notes and laget runt reports by their words (or parts of words). */
public final class SearchCommands {
    static final int LIMIT = 20;

    private SearchCommands() {}

    public static Reply search(Ctx ctx) {
        List<String> words = Arrays.stream(ctx.args.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).limit(10).toList();
        if (words.isEmpty()) throw ctx.reject("search.needWords");
        List<SearchHit> hits = ctx.store.search().search(ctx.scope, words, LIMIT);
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("search.heading", String.join(" ", words)));
        if (hits.isEmpty()) return reply.text(ctx.t.get("search.none")).ok();
        Map<Long, Meeting> meetings = ctx.meetings().all().stream()
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
        List<String> lines = new ArrayList<>();
        for (SearchHit hit : hits) {
            String when = hit.meetingId().map(meetings::get).map(m -> " (" + ctx.meetings().localDate(m) + ")").orElse("");
            String label = switch (hit.kind()) {
                case DECISION -> ctx.t.get("search.decision", hit.number());
                case ACTION -> ctx.t.get("search.action", hit.number());
                case AGENDA -> ctx.t.get("search.agenda");
                case ROUND -> ctx.t.get("search.round");
                case NOTE -> ctx.t.get("search.note", hit.number());
            };
            String who = hit.who().map(name -> ", " + name).orElse("");
            lines.add(label + when + who + ": " + hit.text().replaceAll("\\s*\n\\s*", " / "));
        }
        String count = hits.size() == 1 ? ctx.t.get("search.countOne") : ctx.t.get("search.count", hits.size());
        return reply.items(lines, false).context(count).ok();
    }
}
