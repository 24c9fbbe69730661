package org.triangulate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.Triangulate;
import org.triangulate.report.ArticleJson;
import org.triangulate.report.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract main text and metadata: one JSON object per input document.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs extracted", "1:some inputs failed (the rest was printed)", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {
    enum OutFormat { jsonl, json }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default: one object per line) or json (an array)")
    OutFormat format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories (recursive) or - for stdin")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ErrorPrinter errors = new ErrorPrinter(spec.commandLine().getErr());
        ObjectMapper m = Json.mapper();
        Triangulate t = Triangulate.standard();
        if (format == OutFormat.jsonl) {
            t.extract(inputs, a -> {
                try {
                    out.println(m.writeValueAsString(ArticleJson.of(m, a)));
                    out.flush();
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }, errors);
        } else {
            ArrayNode arr = m.createArrayNode();
            t.extract(inputs, a -> arr.add(ArticleJson.of(m, a)), errors);
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        }
        out.flush();
        return errors.count() > 0 ? Main.EXIT_PARTIAL : 0;
    }
}
