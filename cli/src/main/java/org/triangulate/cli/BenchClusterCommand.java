package org.triangulate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triangulate.testkit.cluster.ClusterBenchmark;
import org.triangulate.testkit.cluster.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster a generated corpus with known events (real sentences from the dev sets, realistic "
                + "reuse); print articles/second, peak heap and BCubed F1.")
final class BenchClusterCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", description = "articles to generate (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--batch", defaultValue = "10000", description = "articles per incremental add (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--data", description = "dev data folder with ecbplus/ and wcxb-dev/ (default: ../shared/data)")
    Path data;

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : Path.of(System.getProperty("triangulate.data", "../shared/data"));
        var pool = CorpusGenerator.sentencePool(dir);
        if (pool.size() < 100) {
            spec.commandLine().getErr().println("triangulate: " + dir + ": no ecbplus/docs or wcxb-dev texts found");
            return 2;
        }
        spec.commandLine().getOut().printf("sentence pool %d from %s, seed %d, batch %d%n", pool.size(), dir, seed, batch);
        ClusterBenchmark.Result r = ClusterBenchmark.run(new CorpusGenerator(pool, seed), articles, Math.max(1, batch));
        spec.commandLine().getOut().println(r);
        return 0;
    }
}
