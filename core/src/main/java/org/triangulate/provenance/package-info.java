/**
 * Provenance: who copied whom inside each event. {@link org.triangulate.provenance.ProvenanceStage#standard()} finds
 * the origin each article cites ("told Reuters", "(AP) -"; outlet names normalised by
 * {@link org.triangulate.provenance.Outlets}), aligns every sentence with its best passage in the other articles
 * (word-trigram and content-word containment), and from that decides per article a role, its closest source, and
 * per event the origin and the most complete copy. Every decision carries its rule and numbers.
 */
package org.triangulate.provenance;
