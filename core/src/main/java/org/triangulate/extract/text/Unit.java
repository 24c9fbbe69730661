package org.triangulate.extract.text;

/**
 * One paragraph candidate of a page: a line of a text dump or a block of Markdown, with its markup removed.
 *
 * @param text        the cleaned text (no Markdown, inline residue removed, whitespace collapsed)
 * @param form        what the markup said it was
 * @param block       index of the blank-line separated block it came from
 * @param blockSize   number of units in that block
 * @param headingLevel Markdown heading level 1-6, or 0
 * @param alt         alt text of an image unit, or null
 */
record Unit(String text, Form form, int block, int blockSize, int headingLevel, String alt) {

    /** What the source markup said about a unit; the classifier decides the rest. */
    enum Form { PLAIN, HEADING, IMAGE, LIST_ITEM, CODE }

    Unit withBlockSize(int n) {
        return new Unit(text, form, block, n, headingLevel, alt);
    }
}
