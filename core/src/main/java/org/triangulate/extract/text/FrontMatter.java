package org.triangulate.extract.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * YAML front matter reduced to what page metadata needs: top-level {@code key: scalar} pairs. Quoted scalars are
 * unquoted, nested mappings and lists are skipped (their first line's inline value, if any, is kept only for
 * flow lists, as text). No YAML library: the subset Jekyll/Hugo-style pages use is small and this never throws.
 *
 * @param fields lower-case keys to scalar values (empty strings kept: {@code title: ""} means "no title")
 * @param body   the document after the closing {@code ---}
 */
record FrontMatter(Map<String, String> fields, String body) {

    static FrontMatter parse(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.split("\\R", -1);
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return new FrontMatter(Map.of(), t);
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.equals("---") || s.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return new FrontMatter(Map.of(), t);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < end; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith(" ") || line.startsWith("\t") || line.startsWith("#")
                    || line.startsWith("-")) {
                continue; // nested value, list item or comment
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(stripComment(line.substring(colon + 1).strip()));
            fields.putIfAbsent(key, value);
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return new FrontMatter(fields, body.toString());
    }

    private static String stripComment(String v) {
        if (v.startsWith("\"") || v.startsWith("'")) {
            char q = v.charAt(0);
            for (int i = 1; i < v.length(); i++) {
                char c = v.charAt(i);
                if (q == '"' && c == '\\') {
                    i++; // escaped character
                } else if (c == q && q == '\'' && i + 1 < v.length() && v.charAt(i + 1) == '\'') {
                    i++; // '' inside a single-quoted scalar
                } else if (c == q) {
                    String rest = v.substring(i + 1).strip();
                    return rest.isEmpty() || rest.startsWith("#") ? v.substring(0, i + 1) : v;
                }
            }
            return v;
        }
        int hash = v.indexOf(" #");
        return hash >= 0 ? v.substring(0, hash).strip() : v;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
        }
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        return v;
    }

    /** The first non-blank value among the keys, or null. */
    String first(String... keys) {
        for (String k : keys) {
            String v = fields.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
