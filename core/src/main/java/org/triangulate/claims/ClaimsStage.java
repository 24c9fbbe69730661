package org.triangulate.claims;

/** Factory for the claims stage. */
public final class ClaimsStage {
    private ClaimsStage() {
    }

    /** Rule-based quotes with speakers, figures with units, and entities with merged spellings. */
    public static ClaimExtractor standard() {
        return new StandardClaimExtractor();
    }
}
