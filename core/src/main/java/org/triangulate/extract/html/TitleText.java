package org.triangulate.extract.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Repairs a title candidate's text: entities left escaped (a CMS escaping twice prints "SQL &#x26; AI"), UTF-8
 * read as windows-1252 ("Investorâ€™s"), a leading "Title:" label, runs of whitespace.
 */
final class TitleText {
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    /** The lead bytes of two- and three-byte UTF-8 sequences as windows-1252 shows them, before a continuation byte. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÂÃâ][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]");
    private static final Pattern LABEL = Pattern.compile("^(?i)title\\s*:\\s*");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TitleText() {
    }

    static String repair(String raw) {
        if (raw == null) return null;
        String t = raw;
        for (int i = 0; i < 2 && ENTITY.matcher(t).find(); i++) {
            t = Parser.unescapeEntities(t, false);
        }
        t = TextNormalizer.collapse(unMojibake(t));
        return LABEL.matcher(t).replaceFirst("");
    }

    /** UTF-8 bytes that were decoded as windows-1252 (or Latin-1), decoded again; the text as is unless that is clean UTF-8. */
    static String unMojibake(String s) {
        if (!MOJIBAKE.matcher(s).find()) return s;
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x100) {
                bytes[i] = (byte) c;
            } else {
                byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
                if (b.length != 1 || b[0] == '?') return s;
                bytes[i] = b[0];
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
