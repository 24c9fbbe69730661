package org.triangulate.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Turns the article container into paragraphs: every block element (p, div, li, headings, table cells, br, ...)
 * starts a new paragraph, inline elements never break one, whitespace runs collapse to one space. A table row of
 * plain cells is one line with its cells separated by tabs.
 */
final class TextRenderer {
    private TextRenderer() {
    }

    static List<String> paragraphs(Element root) {
        return Block.texts(blocks(root));
    }

    /**
     * The paragraphs with their kinds: a heading keeps its level, a list item is a bullet or numbered by its list,
     * blockquote and pre give quote and code, and a paragraph inside an item, quote or code block is part of it.
     */
    static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        ArrayDeque<String> kinds = new ArrayDeque<>();
        kinds.push("p");
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    buf.append(t.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("tr") && isTextRow(e)) {
                    flush(buf, kinds.peek(), out);
                    row(e, out);
                    return FilterResult.SKIP_ENTIRELY;
                } else if (node instanceof Element e && Signals.BLOCKS.contains(e.normalName())) {
                    flush(buf, kinds.peek(), out);
                    kinds.push(kind(e, kinds.peek()));
                } else if (node instanceof Element e && displaysAsBlock(e)) {
                    buf.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && Signals.BLOCKS.contains(e.normalName())) {
                    flush(buf, kinds.peek(), out);
                    kinds.pop();
                } else if (node instanceof Element e && displaysAsBlock(e)) {
                    buf.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(buf, kinds.peek(), out);
        return out;
    }

    /**
     * An inline element that CSS sets on a line of its own (Tailwind's {@code block}, {@code display:block}): its
     * words must not run into the text beside it ("AlternativesTop").
     */
    private static boolean displaysAsBlock(Element e) {
        String cls = e.className();
        if (cls.contains("block") && BLOCK_CLASS.matcher(cls).find()) return true;
        String style = e.attr("style");
        return !style.isEmpty() && DISPLAY_BLOCK.matcher(style).find();
    }

    private static final java.util.regex.Pattern BLOCK_CLASS = java.util.regex.Pattern.compile("(^|\\s)(block|d-block)(\\s|$)");
    private static final java.util.regex.Pattern DISPLAY_BLOCK = java.util.regex.Pattern.compile(
            "(?i)display\\s*:\\s*(block|flex|grid)");

    private static String kind(Element e, String outer) {
        String n = e.normalName();
        return switch (n) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> n;
            case "li" -> e.parent() != null && e.parent().normalName().equals("ol") ? "numbered" : "bullet";
            case "blockquote" -> "quote";
            case "pre" -> "code";
            default -> outer.equals("bullet") || outer.equals("numbered") || outer.equals("quote") || outer.equals("code")
                    ? outer : "p";
        };
    }

    /**
     * A table row of two or more cells holding only inline text (a row of data, not a layout table's cell of
     * paragraphs): rendered as one line, cells separated by a tab, so the row still reads as a row.
     */
    static boolean isTextRow(Element tr) {
        int cells = 0;
        for (Element c : tr.children()) {
            String n = c.normalName();
            if (!n.equals("td") && !n.equals("th")) return false;
            for (Element d : c.getAllElements()) {
                if (d != c && Signals.BLOCKS.contains(d.normalName()) && !d.normalName().equals("br")
                        && !d.normalName().equals("img")) {
                    return false;
                }
            }
            cells++;
        }
        return cells >= 2;
    }

    private static void row(Element tr, List<Block> out) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (Element c : tr.children()) {
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t) cell.append(t.getWholeText());
                else if (node instanceof Element e && (e.normalName().equals("br") || e.normalName().equals("img"))) cell.append(' ');
            }, c);
            String text = text(cell);
            if (!text.isEmpty()) cells.add(text);
        }
        if (!cells.isEmpty()) out.add(new Block(String.join("\t", cells), "row"));
    }

    private static void flush(StringBuilder buf, String kind, List<Block> out) {
        if (buf.isEmpty()) return;
        String p = text(buf);
        if (!p.isEmpty()) out.add(new Block(p, kind));
    }

    /**
     * The collected text, repaired and collapsed; the buffer is emptied. Pages that carry UTF-8 read as windows-1252
     * in their own source ("isn&acirc;&euro;&trade;t") are repaired before whitespace is collapsed: a no-break
     * space read that way is "Â" + U+00A0, and U+00A0 must stay a byte.
     */
    private static String text(StringBuilder buf) {
        String s = TextNormalizer.collapse(TextNormalizer.unMojibake(buf.toString()));
        buf.setLength(0);
        return s;
    }
}
