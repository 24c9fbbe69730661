package org.triangulate.extract.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.extract.ExtractionException;
import org.triangulate.text.CharsetGuess;

/**
 * Decodes HTML bytes. Order: byte-order mark, then the declared charsets (transport, then {@code <meta charset>} /
 * http-equiv in the first 4 KB) when the bytes are valid in them (a single-byte label on valid UTF-8, or
 * windows-1252 on text whose accented letters stand in whole words, is a mislabel), else {@link CharsetGuess}:
 * UTF-8 when valid, else the most plausible of windows-1251, KOI8-R and windows-1252.
 */
final class CharsetDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and how its charset was chosen. */
    record Decoded(String text, Charset charset, String method) {
    }

    private CharsetDecoder() {
    }

    static Decoded decode(byte[] bytes, String transportCharset) throws ExtractionException {
        if (looksBinary(bytes)) {
            throw new ExtractionException("binary content (control bytes in the first KB), not HTML");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        Charset transport = lookup(transportCharset);
        Charset meta = lookup(metaCharset(bytes));
        // the transport wins, as in browsers; the page's own declaration is the second opinion when it fails
        for (Charset declared : transport != null && meta != null && !meta.equals(transport)
                ? java.util.List.of(transport, meta) : transport != null ? java.util.List.of(transport)
                : meta != null ? java.util.List.of(meta) : java.util.List.<Charset>of()) {
            String declaredBy = declared == transport ? "transport" : "meta";
            // single-byte charsets accept almost any bytes: a page that is valid multi-byte UTF-8 was mislabelled
            // (genuine windows-125x text is practically never valid UTF-8)
            boolean singleByte = declared.canEncode() && declared.newEncoder().maxBytesPerChar() == 1;
            if (singleByte && !isAscii(bytes)) {
                String utf8 = CharsetGuess.strictDecode(bytes, StandardCharsets.UTF_8);
                if (utf8 != null) {
                    return new Decoded(utf8, StandardCharsets.UTF_8, declaredBy + " " + declared.name() + " invalid; valid utf-8");
                }
            }
            String strict = CharsetGuess.strictDecode(bytes, declared);
            if (strict != null && !(declared.equals(WINDOWS_1252) && CharsetGuess.inWords(strict))) {
                return new Decoded(strict, declared, declaredBy + " " + declared.name());
            }
        }
        CharsetGuess.Guess guess = CharsetGuess.guess(bytes);
        boolean declared = transport != null || meta != null;
        return new Decoded(guess.text(), guess.charset(),
                declared && guess.charset().equals(StandardCharsets.UTF_8) ? "declared invalid; valid utf-8" : guess.method());
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        // UTF-16 without BOM has NULs on every other byte; it is rare enough on the web to be treated as binary
        return n > 0 && control > Math.max(2, n / 50);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // per the WHATWG encoding standard these labels all mean windows-1252
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
