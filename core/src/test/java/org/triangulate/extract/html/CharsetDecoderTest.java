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

    private static final String RU = "<html><head><title>Новости</title></head><body><p>Российские войска заняли "
            + "больше территории, чем в любой год с начала вторжения, говорят аналитики.</p></body></html>";

    @Test
    void utf8CyrillicWithoutAnyDeclarationIsUtf8() throws ExtractionException {
        CharsetDecoder.Decoded d = CharsetDecoder.decode(RU.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).contains("Российские войска");
        assertThat(d.method()).isEqualTo("valid utf-8");
    }

    @Test
    void aServerDefaultIso88591HeaderYieldsToThePagesOwnCyrillicDeclaration() throws ExtractionException {
        String html = RU.replace("<head>", "<head><meta charset=\"windows-1251\">");
        CharsetDecoder.Decoded d = CharsetDecoder.decode(html.getBytes(Charset.forName("windows-1251")), "ISO-8859-1");
        assertThat(d.text()).contains("Российские войска");
        assertThat(d.method()).isEqualTo("meta windows-1251");

        CharsetDecoder.Decoded undeclared = CharsetDecoder.decode(RU.getBytes(Charset.forName("windows-1251")),
                "iso-8859-1");
        assertThat(undeclared.text()).contains("Российские войска");
        assertThat(undeclared.method()).isEqualTo("not utf-8; plausible windows-1251");
    }

    @Test
    void westernTextDeclaredIso88591StaysWindows1252() throws ExtractionException {
        String fr = "<p>Le café a rouvert lundi après une longue rénovation ; « déjà complet », a dit le gérant.</p>";
        CharsetDecoder.Decoded d = CharsetDecoder.decode(fr.getBytes(Charset.forName("windows-1252")), "ISO-8859-1");
        assertThat(d.text()).isEqualTo(fr);
        assertThat(d.method()).isEqualTo("transport windows-1252");
    }

    @Test
    void koi8rDeclaredOrNotIsReadable() throws ExtractionException {
        byte[] koi = RU.getBytes(Charset.forName("KOI8-R"));
        assertThat(CharsetDecoder.decode(koi, "koi8-r").text()).contains("Российские войска");
        CharsetDecoder.Decoded guessed = CharsetDecoder.decode(koi, null);
        assertThat(guessed.text()).contains("Российские войска");
        assertThat(guessed.method()).isEqualTo("not utf-8; plausible koi8-r");
        // and windows-1251 Russian is not taken for KOI8-R
        assertThat(CharsetDecoder.decode(RU.getBytes(Charset.forName("windows-1251")), null).charset().name())
                .isEqualTo("windows-1251");
    }

    @Test
    void anUnknownCharsetNameIsIgnored() throws ExtractionException {
        byte[] bytes = ("<meta charset=\"x-made-up-9\">" + UK).getBytes(StandardCharsets.UTF_8);
        CharsetDecoder.Decoded d = CharsetDecoder.decode(bytes, "utf8mb4");
        assertThat(d.text()).contains("Київ");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }
}
