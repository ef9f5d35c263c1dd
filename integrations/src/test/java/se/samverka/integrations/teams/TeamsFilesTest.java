package se.samverka.integrations.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a file sent to the bot in Teams may be fetched from, and what the attachment is read as. */
class TeamsFilesTest {
    private final TeamsFiles files = new TeamsFiles(Optional.of(URI.create("http://127.0.0.1:8081/files/")));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "https://contoso-my.sharepoint.com/personal/boel/_layouts/15/download.aspx?UniqueId=1&tempauth=x, true",
            "https://contoso.sharepoint.com:443/sites/a/b.docx, true",
            "https://8.8.8.8/a.docx, true",
            "https://172.32.0.1/a.docx, true",
            "'https://[2001:db8::1]/a.docx', true",
            "http://127.0.0.1:8081/files/seed.txt, true",
            "http://127.0.0.1:8081/other/seed.txt, false",
            "http://127.0.0.1:8082/files/seed.txt, false",
            "http://contoso.sharepoint.com/a.docx, false",
            "ftp://contoso.sharepoint.com/a.docx, false",
            "https://contoso.sharepoint.com:8443/a.docx, false",
            "https://user@contoso.sharepoint.com/a.docx, false",
            "https://localhost/a.docx, false",
            "https://localhost./a.docx, false",
            "https://files.localhost/a.docx, false",
            "https://printer.local/a.docx, false",
            "https://127.0.0.1/a.docx, false",
            "https://127.1.2.3/a.docx, false",
            "https://0.0.0.0/a.docx, false",
            "https://10.1.2.3/a.docx, false",
            "https://172.16.0.1/a.docx, false",
            "https://172.31.255.255/a.docx, false",
            "https://192.168.0.1/a.docx, false",
            "https://169.254.169.254/latest/meta-data, false",
            "https://100.64.0.1/a.docx, false",
            "https://2130706433/a.docx, false",
            "https://0x7f.1/a.docx, false",
            "'https://[::1]/a.docx', false",
            "'https://[fd00::1]/a.docx', false",
            "'https://[fe80::1]/a.docx', false",
            "'https://[::ffff:127.0.0.1]/a.docx', false",
    })
    void onlyHttpsOfAPublicHostOrTheConfiguredPrefix(String url, boolean trusted) {
        assertEquals(trusted, files.trusted(URI.create(url)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"127.0.0.1, true", "127.0.1.1, true", "0.0.0.0, true", "10.0.0.1, true", "172.20.1.1, true",
            "192.168.10.1, true", "169.254.169.254, true", "100.100.1.1, true", "224.0.0.1, true", "::1, true",
            "::, true", "fe80::1, true", "fd12:3456::1, true", "::ffff:10.0.0.1, true", "8.8.8.8, false",
            "52.104.7.1, false", "100.128.0.1, false", "2603:1026::1, false"})
    void anAddressANameResolvesToIsLocalWhenItIsNotPublic(String literal, boolean local) throws Exception {
        assertEquals(local, TeamsFiles.local(InetAddress.getByName(literal)));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({"protokoll.docx, docx, protokoll.docx", "protokoll, txt, protokoll.txt", "protokoll, '', protokoll",
            "protokoll, 'a b', protokoll", "budget.pdf, docx, budget.pdf"})
    void theNameIsTeamsNameWithItsFileTypeWhenItHasNone(String name, String fileType, String read) {
        String activity = "{\"attachments\":[{\"contentType\":\"text/html\",\"content\":\"<p>hej</p>\"},"
                + "{\"contentType\":\"" + TeamsFiles.FILE_INFO + "\",\"name\":\"" + name + "\",\"content\":"
                + "{\"downloadUrl\":\"https://contoso-my.sharepoint.com/x\",\"fileType\":\"" + fileType + "\"}}]}";
        assertEquals(Optional.of(new TeamsFiles.Shared(read, "https://contoso-my.sharepoint.com/x")),
                TeamsFiles.of(JsonParser.parseString(activity).getAsJsonObject()));
    }
}
