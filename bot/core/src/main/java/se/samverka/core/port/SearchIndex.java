package se.samverka.core.port;

import java.util.List;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.SearchHit;

/** Full-text search over a group's decisions, action items, agenda points and notes. */
public interface SearchIndex {
    /** Hits for every word of {@code words} (each matched as a word prefix), best first. */
    List<SearchHit> search(GroupScope group, List<String> words, int limit);
}
