package org.triangulate.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain-text dump into units: every line is a unit (dumps of rendered pages put each paragraph on a line,
 * with or without blank lines between), except that hard-wrapped prose is re-joined: a line is continued by the next
 * line of the same block when it does not end a sentence and the next line starts in lower case.
 */
final class TextUnits {
    private TextUnits() {
    }

    static List<Unit> split(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            String line = Inline.clean(raw.replace('\t', ' '));
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            List<String> joined = unwrap(blocks.get(b));
            for (String line : joined) {
                units.add(new Unit(line, Unit.Form.PLAIN, b, joined.size(), 0, null));
            }
        }
        return units;
    }

    static List<String> unwrap(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : lines) {
            if (cur != null && continues(cur, line)) {
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

    /**
     * Minimum length of a line that may be continued: wrapped prose lines are long; short lines without a full stop
     * are headings, labels or names. 40 characters is about half a typical 72-80 column wrap.
     */
    private static final int MIN_WRAPPED_LINE = 40;

    private static boolean continues(CharSequence previous, String next) {
        if (previous.length() < MIN_WRAPPED_LINE) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        if (".!?:;\"”’…)»".indexOf(last) >= 0) {
            return false;
        }
        int first = next.codePointAt(0);
        return Character.isLowerCase(first);
    }
}
