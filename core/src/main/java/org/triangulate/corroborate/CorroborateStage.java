package org.triangulate.corroborate;

import java.util.List;

/** Factory for the corroborate stage. */
public final class CorroborateStage {
    private CorroborateStage() {
    }

    public static Corroborator standard() {
        return (articles, clustering, provenance, claims) -> new Corroboration(List.of(), List.of(), List.of(), List.of());
    }
}
