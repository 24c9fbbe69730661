package org.triangulate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.triangulate.extract.Article;

/**
 * One extracted article as Markdown: YAML front matter with its metadata (the keys Triangulate's own Markdown input
 * reads back), the title as a level-1 heading, then the main text with its structure: headings, bullet and
 * numbered lists, block quotes, code blocks and tables. A paragraph that would read as Markdown syntax ("# 1", "- ")
 * is escaped, so the text comes back as written.
 */
public final class ArticleMarkdown {
    /** Line starts that Markdown would read as a heading, list item, quote, fence, rule or table. */
    private static final Pattern SYNTAX_START = Pattern.compile("^(?:#{1,6}(?:\\s|$)|[-*+](?:\\s|$)|\\d{1,9}[.)](?:\\s|$)|>|```|~~~|\\||={3,}|-{3,}|\\*{3,}|_{3,})");

    /** What Markdown would read as raw HTML or an entity: "<" before a tag, comment or autolink, "&" opening "&amp;". */
    private static final Pattern MARKUP_START = Pattern.compile("<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)");

    private ArticleMarkdown() {
    }

    public static String of(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("---\n");
        field(sb, "title", a.title());
        field(sb, "author", a.byline());
        field(sb, "site_name", a.outlet());
        field(sb, "url", a.url());
        field(sb, "date", a.published() == null ? null : a.publishedLocal() != null ? a.publishedLocal() : a.published().toString());
        field(sb, "modified", a.modified() == null ? null : a.modified().toString());
        field(sb, "language", a.language());
        field(sb, "description", a.description());
        field(sb, "image", a.image());
        field(sb, "source", a.source());
        sb.append("---\n");
        List<String> ps = a.paragraphs();
        int start = 0;
        if (a.title() != null && !a.title().isBlank()) {
            sb.append("\n# ").append(inline(a.title())).append('\n');
            if (!ps.isEmpty() && a.kind(0).equals("h1") && ps.get(0).equals(a.title())) start = 1;
        }
        String previous = null;
        int tableColumns = 0;
        for (int i = start; i < ps.size(); i++) {
            String kind = a.kind(i);
            String text = ps.get(i);
            boolean continues = kind.equals(previous) && (kind.equals("bullet") || kind.equals("numbered") || kind.equals("row")
                    || kind.equals("quote"));
            if (!continues) sb.append('\n');
            switch (kind) {
                case "h1", "h2", "h3", "h4", "h5", "h6" ->
                        sb.append("#".repeat(kind.charAt(1) - '0')).append(' ').append(inline(text)).append('\n');
                case "bullet" -> sb.append("- ").append(inline(text)).append('\n');
                case "numbered" -> sb.append("1. ").append(inline(text)).append('\n');
                case "quote" -> sb.append(continues ? ">\n> " : "> ").append(inline(text)).append('\n');
                case "code" -> {
                    String fence = text.contains("```") ? "~~~~" : "```";
                    sb.append(fence).append('\n').append(text).append('\n').append(fence).append('\n');
                }
                case "row" -> {
                    String[] cells = text.split("\t", -1);
                    if (!continues) tableColumns = cells.length;
                    sb.append(row(cells, tableColumns));
                    if (!continues) sb.append("|").append(" --- |".repeat(tableColumns)).append('\n');
                }
                default -> sb.append(inline(text)).append('\n');
            }
            previous = kind;
        }
        return sb.toString();
    }

    /** A table row with exactly {@code columns} cells (short rows padded, long rows' extra cells joined into the last). */
    private static String row(String[] cells, int columns) {
        List<String> out = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            if (c == columns - 1 && cells.length > columns) {
                out.add(cell(String.join(" ", java.util.Arrays.copyOfRange(cells, c, cells.length))));
            } else {
                out.add(c < cells.length ? cell(cells[c]) : "");
            }
        }
        return "| " + String.join(" | ", out) + " |\n";
    }

    private static String cell(String text) {
        // inside a cell only markup and the pipe need escaping: block syntax does not start there
        return escapeMarkup(text.strip().replace("\\", "\\\\").replace("|", "\\|"));
    }

    /**
     * The text with a "&lt;" that opens a tag and an "&amp;" that opens an entity escaped (page text never becomes markup),
     * and a leading character escaped where Markdown would read it as block syntax.
     */
    static String inline(String raw) {
        String text = escapeMarkup(raw);
        if (!SYNTAX_START.matcher(text).find()) return text;
        if (Character.isDigit(text.charAt(0))) {
            // a digit cannot be escaped; the list marker's dot or parenthesis can ("2024\. A year")
            int mark = 0;
            while (Character.isDigit(text.charAt(mark))) mark++;
            return text.substring(0, mark) + "\\" + text.substring(mark);
        }
        return "\\" + text;
    }

    /** Page text is text: "<script>" or "&amp;" in it must not become markup or an entity where the Markdown is shown. */
    private static String escapeMarkup(String text) {
        return MARKUP_START.matcher(text).replaceAll("\\\\$0");
    }

    private static void field(StringBuilder sb, String key, String value) {
        if (value == null || value.isBlank()) return;
        sb.append(key).append(": \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")
                .replaceAll("[\\r\\n\\t]+", " ")).append("\"\n");
    }
}
