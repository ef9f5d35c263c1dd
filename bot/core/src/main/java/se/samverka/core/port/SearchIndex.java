package se.samverka.core.port;

import java.util.List;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.SearchHit;

/** Full-text search over a group's decisions, action items, agenda points, notes and laget runt reports. */
public interface SearchIndex {
    /**
     * Hits for every word of {@code words}, best first: a word of 3 or more characters anywhere in the text (inside
     * compound words too), a shorter one as the start of a word. Texts where every word starts a word come first.
     */
    List<SearchHit> search(GroupScope group, List<String> words, int limit);
}
