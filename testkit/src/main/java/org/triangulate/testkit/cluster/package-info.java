/**
 * Clustering evaluation and benchmarks: a loader for one-document-per-file corpora (ECB+), gold event maps,
 * BCubed and pairwise scores, a seeded corpus generator with known truth, and the scale benchmark.
 */
package org.triangulate.testkit.cluster;
