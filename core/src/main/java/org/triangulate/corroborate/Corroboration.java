package org.triangulate.corroborate;

import java.util.List;

/**
 * The output of the corroborate stage.
 *
 * @param agreements    facts stated by all (or several independent) sources of an event
 * @param discrepancies facts stated differently, conflicts first
 * @param compatible    different statements that can both be true (a fifth vs 18%)
 * @param singleSource  facts that rest on one source only
 */
public record Corroboration(List<Fact> agreements, List<Discrepancy> discrepancies, List<Discrepancy> compatible,
                            List<Fact> singleSource) {
    public Corroboration {
        agreements = List.copyOf(agreements);
        discrepancies = List.copyOf(discrepancies);
        compatible = List.copyOf(compatible);
        singleSource = List.copyOf(singleSource);
    }
}
