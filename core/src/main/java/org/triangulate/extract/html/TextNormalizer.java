package org.triangulate.extract.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text helpers: comparison of titles and headings, whitespace, repair of mis-decoded text. */
final class TextNormalizer {
    /** The lead bytes of two- and three-byte UTF-8 sequences as windows-1252 shows them, before a continuation byte. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÂÃâ][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextNormalizer() {
    }

    /** Lower-case, NFKC, punctuation dropped, whitespace collapsed. */
    static String forCompare(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00A0' || Character.getType(c) == Character.DASH_PUNCTUATION) {
                if (!space) b.append(' ');
                space = true;
            }
        }
        return b.toString().trim();
    }

    /** Token Jaccard similarity of two normalised strings. */
    static double similarity(String a, String b) {
        Set<String> x = new HashSet<>(java.util.Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(java.util.Arrays.asList(b.split(" ")));
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return inter.size() / (double) union.size();
    }

    /**
     * Whether the text, in lower case, holds one of the (lower-case) stems: the plain search that runs before a
     * costly pattern whose every match holds one of them.
     */
    static boolean containsAny(String s, List<String> stems) {
        String l = s.toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            if (l.contains(stem)) return true;
        }
        return false;
    }

    /** Whitespace (including no-break spaces) collapsed to single spaces, trimmed. */
    static String collapse(String s) {
        if (isCollapsed(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
            if (ws) {
                if (!space) b.append(' ');
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') b.setLength(len - 1);
        return b.toString();
    }

    /** True when {@link #collapse} would return the string unchanged: single plain spaces, none at the ends. */
    private static boolean isCollapsed(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return false;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (space) return false;
                space = true;
            } else if (c <= ' ' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c >= '\u1680' && Character.isWhitespace(c)
                    || c == '\u0085') {
                return false;
            } else {
                space = false;
            }
        }
        return true;
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
