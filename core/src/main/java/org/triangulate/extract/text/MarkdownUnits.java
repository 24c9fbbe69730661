package org.triangulate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown body into units: ATX/setext headings, images (kept with their alt text so a repeated caption
 * can be recognised), list items, block quotes and paragraphs; inline markup (links, emphasis, code, HTML tags) is
 * reduced to its text. Soft-wrapped paragraph lines are joined; lines that each end a sentence stay separate
 * paragraphs, since dumps saved as Markdown often put one paragraph per line.
 */
final class MarkdownUnits {
    private MarkdownUnits() {
    }

    private static final Pattern ATX = Pattern.compile("^\\s{0,3}(#{1,6})(?:\\s+(.*?))?\\s*#*\\s*$");
    private static final Pattern IMAGE_ONLY = Pattern.compile("^\\s*!\\[([^\\]]*)\\]\\([^)]*\\)\\s*$");
    private static final Pattern LINKED_IMAGE_ONLY = Pattern.compile("^\\s*\\[!\\[([^\\]]*)\\]\\([^)]*\\)\\]\\([^)]*\\)\\s*$");
    private static final Pattern LIST = Pattern.compile("^\\s{0,6}(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern LINK_DEF = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");

    static List<Unit> split(String body) {
        List<Unit> units = new ArrayList<>();
        String[] lines = body.split("\\R", -1);
        int block = 0;
        List<String> para = new ArrayList<>();
        List<Unit> blockUnits = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                flush(para, blockUnits, block);
                StringBuilder code = new StringBuilder();
                int j = i + 1;
                while (j < lines.length && !FENCE.matcher(lines[j]).matches()) {
                    code.append(lines[j]).append('\n');
                    j++;
                }
                if (!code.toString().isBlank()) {
                    blockUnits.add(new Unit(code.toString().strip(), Unit.Form.CODE, block, 0, 0, null));
                }
                i = j;
                continue;
            }
            if (line.isBlank()) {
                flush(para, blockUnits, block);
                closeBlock(blockUnits, units);
                block++;
                continue;
            }
            if (RULE.matcher(line).matches() && para.isEmpty() || LINK_DEF.matcher(line).matches()) {
                flush(para, blockUnits, block);
                continue;
            }
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches() && para.size() == 1) {
                String h = inline(para.remove(0));
                if (!h.isEmpty()) {
                    blockUnits.add(new Unit(h, Unit.Form.HEADING, block, 0, setext.group(1).startsWith("=") ? 1 : 2, null));
                }
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                flush(para, blockUnits, block);
                String h = atx.group(2) == null ? "" : inline(atx.group(2));
                if (!h.isEmpty()) {
                    blockUnits.add(new Unit(h, Unit.Form.HEADING, block, 0, atx.group(1).length(), null));
                }
                continue;
            }
            Matcher img = IMAGE_ONLY.matcher(line);
            if (!img.matches()) {
                img = LINKED_IMAGE_ONLY.matcher(line);
            }
            if (img.matches()) {
                flush(para, blockUnits, block);
                blockUnits.add(new Unit(inline(img.group(1)), Unit.Form.IMAGE, block, 0, 0, inline(img.group(1))));
                continue;
            }
            Matcher list = LIST.matcher(line);
            if (list.matches()) {
                flush(para, blockUnits, block);
                para.add(list.group(1));
                flushAs(para, blockUnits, block, Unit.Form.LIST_ITEM);
                continue;
            }
            Matcher quote = QUOTE.matcher(line);
            para.add(quote.matches() ? quote.group(1) : line);
        }
        flush(para, blockUnits, block);
        closeBlock(blockUnits, units);
        return units;
    }

    private static void closeBlock(List<Unit> blockUnits, List<Unit> out) {
        for (Unit u : blockUnits) {
            out.add(u.withBlockSize(blockUnits.size()));
        }
        blockUnits.clear();
    }

    private static void flush(List<String> para, List<Unit> blockUnits, int block) {
        flushAs(para, blockUnits, block, Unit.Form.PLAIN);
    }

    private static void flushAs(List<String> para, List<Unit> blockUnits, int block, Unit.Form form) {
        if (para.isEmpty()) {
            return;
        }
        List<String> cleaned = new ArrayList<>();
        for (String p : para) {
            String c = inline(p);
            if (!c.isEmpty()) {
                cleaned.add(c);
            }
        }
        para.clear();
        for (String p : joinSoftWraps(cleaned)) {
            blockUnits.add(new Unit(p, form, block, 0, 0, null));
        }
    }

    /** Joins soft-wrapped lines: a line that does not end a sentence continues on the next line. */
    private static List<String> joinSoftWraps(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : lines) {
            if (cur != null && !endsSentence(cur)) {
                cur.append(' ').append(line);
            } else {
                if (cur != null) {
                    out.add(cur.toString());
                }
                cur = new StringBuilder(line);
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    private static boolean endsSentence(CharSequence s) {
        char last = s.charAt(s.length() - 1);
        return ".!?\"”’…)»".indexOf(last) >= 0;
    }

    private static final Pattern INLINE_IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern EM_UNDER = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])");

    /** Markdown inline markup to plain text. */
    static String inline(String s) {
        String t = INLINE_IMAGE.matcher(s).replaceAll("");
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = REF_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = AUTOLINK.matcher(t).replaceAll("");
        t = TAG.matcher(t).replaceAll("");
        t = CODE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        t = EM_STAR.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = EM_UNDER.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = STRIKE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = ESCAPE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        return Inline.clean(t);
    }
}
