package se.samverka.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Meeting;
import se.samverka.core.port.Justering;
import se.samverka.core.port.Store;

/**
 * The archive copies of a meeting's justerade versions on the web: listed on the meeting page with their SHA-256, and
 * served as the bytes stored when each was justerad (never rendered again). The PDF of minutes that are justerade now
 * is the copy of the version that locked them.
 */
final class ArchiveFiles {
    private static final Pattern FILE = Pattern.compile("v(\\d{1,3})\\.pdf");

    private ArchiveFiles() {}

    /** The meeting's archive copies, oldest first, for the meeting page. */
    static List<Map<String, Object>> list(Store store, WebPages.Visit v, Meeting m) {
        return store.justering().archived(v.scope(), m.id()).stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("version", e.version());
            row.put("adjustedOn", v.t().longDate(e.adjustedOn()));
            row.put("adjusters", String.join(", ", e.adjusters()));
            row.put("sha256", e.sha256());
            row.put("bytes", e.bytes());
            row.put("href", "/web/g/" + v.scope().groupId() + "/m/" + m.id() + "/arkiv/v" + e.version() + ".pdf");
            return row;
        }).toList();
    }

    /** The stored copy a file name ("v2.pdf") names; empty for another name or a version without one. */
    static Optional<Views.MinutesFile> copy(Store store, WebPages.Visit v, long meetingId, String file) {
        Matcher name = FILE.matcher(file == null ? "" : file);
        if (!name.matches()) return Optional.empty();
        int version = Integer.parseInt(name.group(1));
        return store.justering().archived(v.scope(), meetingId).stream().filter(e -> e.version() == version).findFirst()
                .flatMap(e -> file(store, v, e));
    }

    /** The copy of the version that locks the meeting, while it is locked (a correction opened again: none). */
    static Optional<Views.MinutesFile> ofLocked(Store store, WebPages.Visit v, Meeting m) {
        Optional<Justering.Version> locked = store.justering().latest(v.scope(), m.id()).filter(Justering.Version::locked);
        if (locked.isEmpty()) return Optional.empty();
        return store.justering().archived(v.scope(), m.id()).stream().filter(e -> e.versionId() == locked.get().id())
                .findFirst().flatMap(e -> file(store, v, e));
    }

    private static Optional<Views.MinutesFile> file(Store store, WebPages.Visit v, Justering.ArchiveEntry e) {
        return store.justering().archivePdf(v.scope(), e.versionId()).map(pdf -> new Views.MinutesFile(
                "minnesanteckningar-" + e.meetingDate() + "-v" + e.version() + ".pdf", "application/pdf", pdf));
    }
}
