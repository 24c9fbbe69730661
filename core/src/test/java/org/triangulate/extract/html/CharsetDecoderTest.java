package org.triangulate.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.ExtractionException;

class CharsetDecoderTest {
    private static final String UK = "<p>Київ, 20 листопада — Повідомлення про наступ на сході країни</p>";

    @Test
    void utf8BytesDeclaredAsWindows1251AreReadAsUtf8() throws ExtractionException {
        byte[] bytes = ("<meta charset=windows-1251>" + UK).getBytes(StandardCharsets.UTF_8);
        CharsetDecoder.Decoded d = CharsetDecoder.decode(bytes, null);
        assertThat(d.text()).contains("Київ");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void undeclaredWindows1251IsRecognisedByPlausibility() throws ExtractionException {
        byte[] bytes = UK.getBytes(Charset.forName("windows-1251"));
        CharsetDecoder.Decoded d = CharsetDecoder.decode(bytes, null);
        assertThat(d.text()).contains("Київ");
        assertThat(d.method()).contains("windows-1251");
    }

    @Test
    void declaredHttpEquivCharsetIsHonouredWhenValid() throws ExtractionException {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">" + UK;
        CharsetDecoder.Decoded d = CharsetDecoder.decode(html.getBytes(Charset.forName("windows-1251")), null);
        assertThat(d.text()).contains("листопада");
        assertThat(d.method()).startsWith("meta");
    }

    @Test
    void byteOrderMarkWins() throws ExtractionException {
        byte[] body = "<p>café</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(CharsetDecoder.decode(bytes, "windows-1252").text()).isEqualTo("<p>café</p>");
    }
}
