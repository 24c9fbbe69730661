package org.triangulate.corroborate;

/** Factory for the corroborate stage. */
public final class CorroborateStage {
    private CorroborateStage() {
    }

    /** Agreements, discrepancies (conflicting or compatible) and single-source facts per event. */
    public static Corroborator standard() {
        return new StandardCorroborator();
    }
}
