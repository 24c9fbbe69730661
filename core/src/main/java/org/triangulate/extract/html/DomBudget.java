package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds the nesting work of a parsed page. Several stages look at every element's subtree (text length, link
 * density, counts of paragraphs and images), so their cost grows with the number of element-ancestor pairs, the
 * sum of all elements' depths, rather than with the number of elements: a chain of a hundred wrappers around
 * fifty thousand elements costs a hundred times a flat page of the same size. A page over the budget is cut in
 * document order where the budget runs out: the element that crosses it and everything after it go.
 */
final class DomBudget {
    private DomBudget() {
    }

    /**
     * @return a note for the provenance when the page was cut, else null
     */
    static String bound(Document doc, long maxPairs) {
        if (maxPairs < 1) {
            throw new IllegalArgumentException("maxPairs must be >= 1, got " + maxPairs);
        }
        long[] pairs = {0};
        int[] kept = {0};
        Element[] crossing = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    pairs[0] += depth;
                    if (pairs[0] > maxPairs) {
                        crossing[0] = e;
                        return FilterResult.STOP;
                    }
                    kept[0]++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc);
        if (crossing[0] == null) {
            return null;
        }
        Element parent = crossing[0].parent();
        keepBefore(crossing[0], false);
        for (Node n = parent; n != null && n.parent() != null; n = n.parent()) {
            keepBefore(n, true);
        }
        return "nesting budget of " + maxPairs + " element-ancestor pairs reached: cut after " + kept[0]
                + " elements";
    }

    /**
     * Drops the siblings after {@code n} (and {@code n} itself unless {@code inclusive}) in one step: removing
     * tens of thousands of children one by one costs quadratic time.
     */
    private static void keepBefore(Node n, boolean inclusive) {
        Element parent = (Element) n.parent();
        int keep = n.siblingIndex() + (inclusive ? 1 : 0);
        if (keep == parent.childNodeSize()) {
            return;
        }
        List<Node> kept = new ArrayList<>(parent.childNodes().subList(0, keep));
        parent.empty();
        parent.appendChildren(kept);
    }
}
