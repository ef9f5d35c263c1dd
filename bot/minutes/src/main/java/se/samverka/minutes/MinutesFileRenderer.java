package se.samverka.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.minutes.MinutesDocument;
import se.samverka.core.port.MinutesFiles;

/**
 * The one place the files the bot sends out are made: the justerade minutes as PDF/A-2b (with group, meeting day,
 * version and justering in its metadata) and .docx, and a protokollsutdrag as PDF/A-2b. Rendered from the Markdown of
 * the version that was justerad, so what is sent is what the justerare approved.
 */
public final class MinutesFileRenderer implements MinutesFiles {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public List<File> render(Spec spec) {
        MinutesDocument doc = MinutesDocument.parse(spec.markdown(), new MinutesDocument.Footer(spec.group(), spec.pageLabel()));
        List<File> files = new ArrayList<>();
        files.add(new File(spec.baseName() + ".pdf", PDF, MinutesPdf.write(doc, new MinutesPdf.Archive(spec.group(),
                Optional.of(spec.meetingDate()), Optional.of(String.valueOf(spec.version())), spec.adjusters(),
                Optional.of(spec.adjustedOn())))));
        if (spec.docx()) files.add(new File(spec.baseName() + ".docx", DOCX, MinutesDocx.write(doc)));
        return files;
    }
}
