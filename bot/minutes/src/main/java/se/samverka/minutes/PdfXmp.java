package se.samverka.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The XMP packet of a minutes PDF/A: the PDF/A-2b identification, Dublin Core's title and date (the meeting's day),
 * the producer, and Samverka's own fields — group, meeting date, version, justerare, day of the justering — with
 * the extension schema PDF/A requires for a namespace of one's own. A field not given is left out.
 */
final class PdfXmp {
    static final String NAMESPACE = "https://samverka.se/ns/minutes/1.0/";
    static final String CREATOR = "Samverka";
    static final String PRODUCER = "Samverka (Apache PDFBox)";

    private record Field(String name, String type, String description) {}

    private static final List<Field> FIELDS = List.of(
            new Field("group", "Text", "The working group whose meeting the minutes record"),
            new Field("meetingDate", "Date", "The day of the meeting"),
            new Field("version", "Text", "The version of the minutes (a correction after justering is a new one)"),
            new Field("adjusters", "Seq Text", "The members who checked and approved the minutes (justerare)"),
            new Field("adjustedOn", "Date", "The day the minutes were approved (justerade)"));

    private PdfXmp() {}

    static String packet(String title, MinutesPdf.Archive archive) {
        StringBuilder own = new StringBuilder();
        own.append(element("samverka:group", archive.group()));
        archive.meetingDate().ifPresent(d -> own.append(element("samverka:meetingDate", d.toString())));
        archive.version().ifPresent(v -> own.append(element("samverka:version", v)));
        if (!archive.adjusters().isEmpty()) {
            own.append("   <samverka:adjusters><rdf:Seq>");
            archive.adjusters().forEach(a -> own.append("<rdf:li>").append(escape(a)).append("</rdf:li>"));
            own.append("</rdf:Seq></samverka:adjusters>\n");
        }
        archive.adjustedOn().ifPresent(d -> own.append(element("samverka:adjustedOn", d.toString())));
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                %s  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Producer>%s</pdf:Producer>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreatorTool>%s</xmp:CreatorTool>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:samverka="%s">
                %s  </rdf:Description>
                %s </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title), date(archive.meetingDate()), PRODUCER, CREATOR,
                NAMESPACE, own, extensionSchema());
    }

    private static String date(Optional<LocalDate> day) {
        return day.map(d -> "   <dc:date><rdf:Seq><rdf:li>" + d + "</rdf:li></rdf:Seq></dc:date>\n").orElse("");
    }

    /** PDF/A accepts a namespace of one's own only when the packet describes it (ISO 19005-2, 6.6.2.3). */
    private static String extensionSchema() {
        StringBuilder properties = new StringBuilder();
        for (Field f : FIELDS) {
            properties.append("""
                          <rdf:li rdf:parseType="Resource">
                           <pdfaProperty:name>%s</pdfaProperty:name>
                           <pdfaProperty:valueType>%s</pdfaProperty:valueType>
                           <pdfaProperty:category>external</pdfaProperty:category>
                           <pdfaProperty:description>%s</pdfaProperty:description>
                          </rdf:li>
                    """.formatted(f.name(), f.type(), escape(f.description())));
        }
        return """
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                      xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>Samverka minutes</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>%s</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>samverka</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                %s       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                """.formatted(NAMESPACE, properties);
    }

    private static String element(String name, String value) {
        return "   <" + name + ">" + escape(value) + "</" + name + ">\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 has no place for most control characters; a tab or line break reads as a space
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) out.append(' ');
                    else out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }
}
