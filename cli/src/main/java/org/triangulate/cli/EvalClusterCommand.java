package org.triangulate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triangulate.cluster.ClusterSettings;
import org.triangulate.testkit.cluster.ClusterEvaluation;
import org.triangulate.testkit.cluster.ClusterScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster a directory of plain-text documents into events and score against a gold event map "
                + "(BCubed and pairwise precision/recall/F1).")
final class EvalClusterCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOCS_DIR", description = "one document per .txt file")
    Path docs;

    @Parameters(index = "1", paramLabel = "GOLD.json", description = "{\"events\": {\"id\": [\"doc.txt\", ...]}}")
    Path gold;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(docs)) {
            spec.commandLine().getErr().println("triangulate: " + docs + ": not a directory");
            return 2;
        }
        if (!Files.isRegularFile(gold)) {
            spec.commandLine().getErr().println("triangulate: " + gold + ": no such file");
            return 2;
        }
        long t0 = System.nanoTime();
        ClusterScores s = ClusterEvaluation.run(docs, gold, ClusterSettings.defaults());
        spec.commandLine().getOut().println(s);
        spec.commandLine().getOut().printf("time %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
