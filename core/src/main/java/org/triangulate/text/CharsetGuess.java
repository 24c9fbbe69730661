package org.triangulate.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The charset of bytes that no declaration covers (or whose declaration failed): UTF-8 when they are valid UTF-8,
 * else the more plausible of windows-1251 and windows-1252 by the share of Cyrillic letters, and KOI8-R instead of
 * windows-1251 when that reading gives mostly lower-case letters. Shared by the HTML decoder and the ingester's
 * text documents, so a page and a dump of it are read alike.
 */
public final class CharsetGuess {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");
    /** Cyrillic single-byte text has nearly all its non-ASCII letters Cyrillic; Western text nearly none. */
    private static final double CYRILLIC_SHARE = 0.6;
    /**
     * Share of non-ASCII letters beside another one: nearly all in Russian or Ukrainian words, a small minority in
     * German, French or Portuguese ones (double accents such as "ää" are rare).
     */
    private static final double RUN_SHARE = 0.5;
    /** Fewer non-ASCII letters than this say nothing either way. */
    private static final int MIN_LETTERS = 8;

    /** The decoded text, its charset and how it was chosen ("valid utf-8", "not utf-8; plausible koi8-r"). */
    public record Guess(String text, Charset charset, String method) {
    }

    private CharsetGuess() {
    }

    public static Guess guess(byte[] bytes) {
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Guess(utf8, StandardCharsets.UTF_8, "valid utf-8");
        }
        String cyr = new String(bytes, WINDOWS_1251);
        if (cyrillicShare(cyr) > CYRILLIC_SHARE && inWords(cyr)) {
            // KOI8-R puts lower-case letters where windows-1251 has capitals: prose is mostly lower case
            String koi = new String(bytes, KOI8_R);
            if (lowerCaseShare(koi) > lowerCaseShare(cyr)) {
                return new Guess(koi, KOI8_R, "not utf-8; plausible koi8-r");
            }
            return new Guess(cyr, WINDOWS_1251, "not utf-8; plausible windows-1251");
        }
        return new Guess(new String(bytes, WINDOWS_1252), WINDOWS_1252, "not utf-8; fallback windows-1252");
    }

    /**
     * True when the text's non-ASCII letters mostly stand in runs, as the letters of a non-Latin script do, rather
     * than one by one inside Latin words ("während", "café"): single-byte text in another script read as
     * windows-1252, or Western text read as windows-1251, tells itself this way whatever the markup around it.
     */
    public static boolean inWords(String text) {
        int letters = 0;
        int inRuns = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!nonAsciiLetter(text, i)) {
                continue;
            }
            letters++;
            if (nonAsciiLetter(text, i - 1) || nonAsciiLetter(text, i + 1)) {
                inRuns++;
            }
        }
        return letters >= MIN_LETTERS && inRuns > RUN_SHARE * letters;
    }

    private static boolean nonAsciiLetter(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= 0x80 && Character.isLetter(s.charAt(i));
    }

    /** The bytes decoded strictly, or null when they are not valid in the charset. */
    public static String strictDecode(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static double cyrillicShare(String s) {
        int cyr = 0;
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || !Character.isLetter(c)) {
                continue;
            }
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyr++;
            } else {
                other++;
            }
        }
        return cyr + other == 0 ? 0 : (double) cyr / (cyr + other);
    }

    private static double lowerCaseShare(String s) {
        int lower = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x400 && c <= 0x4FF && Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        return letters == 0 ? 0 : (double) lower / letters;
    }
}
