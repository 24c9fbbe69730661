package org.triangulate.cluster;

/** Factory for the cluster stage. */
public final class ClusterStage {
    private ClusterStage() {
    }

    /** A new, empty incremental clusterer with the calibrated defaults. */
    public static Clusterer standard() {
        return new SingletonClusterer();
    }
}
