package org.triangulate.report;

import org.triangulate.Analysis;

/** The briefing as Markdown. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(Analysis a) {
        return "# Triangulate briefing\n\n" + Summary.render(a);
    }
}
