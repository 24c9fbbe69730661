package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the article container into paragraphs: every block element (p, div, li, headings, table cells, br, ...)
 * starts a new paragraph, inline elements never break one, whitespace runs collapse to one space.
 */
final class TextRenderer {
    private TextRenderer() {
    }

    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    buf.append(t.getWholeText());
                } else if (node instanceof Element e && Signals.BLOCKS.contains(e.normalName())) {
                    flush(buf, out);
                } else if (node instanceof Element e && e.normalName().equals("img")) {
                    buf.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && Signals.BLOCKS.contains(e.normalName())) {
                    flush(buf, out);
                }
            }
        }, root);
        flush(buf, out);
        return out;
    }

    private static void flush(StringBuilder buf, List<String> out) {
        if (buf.isEmpty()) return;
        // pages that carry UTF-8 read as windows-1252 in their own source ("isn&acirc;&euro;&trade;t") are repaired,
        // before whitespace is collapsed: a no-break space read that way is "Â" + U+00A0, and U+00A0 must stay a byte
        String p = TextNormalizer.collapse(TextNormalizer.unMojibake(buf.toString()));
        buf.setLength(0);
        if (!p.isEmpty()) out.add(p);
    }
}
