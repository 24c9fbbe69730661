package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts the segments of a streamed React page back where they belong. React's streaming server rendering (Next.js'
 * app router and others) sends the page's frame first, with a placeholder {@code <template id="B:4">} (a Suspense
 * boundary, its loading fallback after it up to the {@code <!--/$-->} comment) or {@code <template id="P:4">} (a
 * segment) where content is still to come. The content follows at the end of the body as {@code <div hidden
 * id="S:4">…</div>}, and a script moves it in. Without the script the article's paragraphs sit in a row of
 * hidden divs after the footer, cut off from its headline and from each other.
 */
final class StreamedSegments {
    private static final String SEGMENTS = "div[hidden][id^=S:]";
    private static final String PLACEHOLDERS = "template[id^=B:], template[id^=P:]";

    private StreamedSegments() {
    }

    /** Moves every segment that has a placeholder into its place; returns how many moved. */
    static int place(Document doc) {
        Map<String, Element> segments = new HashMap<>();
        for (Element s : doc.select(SEGMENTS)) {
            segments.putIfAbsent(s.id().substring(2), s);
        }
        if (segments.isEmpty()) return 0;
        int moved = 0;
        boolean progress = true;
        while (progress && !segments.isEmpty()) {
            // a placed segment may hold placeholders of its own: go again until nothing moves
            progress = false;
            for (Element placeholder : doc.select(PLACEHOLDERS)) {
                Element segment = segments.get(placeholder.id().substring(2));
                if (segment == null || isWithin(placeholder, segment)) continue;
                segments.remove(placeholder.id().substring(2));
                if (placeholder.id().startsWith("B:")) removeFallback(placeholder);
                for (Node n : new ArrayList<>(segment.childNodes())) {
                    placeholder.before(n);
                }
                placeholder.remove();
                segment.remove();
                moved++;
                progress = true;
            }
        }
        return moved;
    }

    private static boolean isWithin(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) return true;
        }
        return false;
    }

    /**
     * Removes a boundary's loading fallback: the nodes after its placeholder up to the comment that closes the
     * boundary, counting the boundaries nested in it ({@code <!--$-->}, {@code <!--$?-->}, {@code <!--$!-->}).
     * A page saved without its comments keeps the fallback (a spinner or "Loading…", which later stages drop).
     */
    private static void removeFallback(Element placeholder) {
        List<Node> fallback = new ArrayList<>();
        int depth = 0;
        for (Node n = placeholder.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Comment c) {
                String data = c.getData().trim();
                if (data.equals("/$")) {
                    if (depth == 0) {
                        fallback.forEach(Node::remove);
                        return;
                    }
                    depth--;
                } else if (data.equals("$") || data.equals("$?") || data.equals("$!")) {
                    depth++;
                }
            }
            fallback.add(n);
        }
    }
}
