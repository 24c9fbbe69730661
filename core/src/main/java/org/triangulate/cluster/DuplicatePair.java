package org.triangulate.cluster;

/**
 * Two articles whose texts are near-duplicates or one contains most of the other.
 *
 * @param a               first article id
 * @param b               second article id
 * @param jaccard         estimated Jaccard similarity of their word-shingle sets
 * @param containmentAInB share of a's shingles found in b
 * @param containmentBInA share of b's shingles found in a
 */
public record DuplicatePair(String a, String b, double jaccard, double containmentAInB, double containmentBInA) {
}
