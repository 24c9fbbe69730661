package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * One rendered paragraph and what it is ({@link org.triangulate.extract.Article#KINDS}: "p", "h2", "bullet", ...).
 */
record Block(String text, String kind) {
    static List<String> texts(List<Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(b.text());
        return out;
    }

    static List<String> kinds(List<Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(b.kind());
        return out;
    }

    static List<Block> plain(List<String> texts) {
        List<Block> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(new Block(t, "p"));
        return out;
    }
}
