package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.Analysis;
import org.triangulate.Triangulate;
import org.triangulate.report.HtmlReport;
import org.triangulate.report.JsonReport;
import org.triangulate.report.MarkdownReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline: events, storylines, provenance, quotes, figures, discrepancies.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:some inputs failed (the rest was analysed)", "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
    enum OutFormat { json, md, html }

    @Option(names = "--format", defaultValue = "json", description = "json (default), md (Markdown briefing) or html (self-contained page)")
    OutFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report here instead of stdout")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories (recursive) or - for stdin")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ErrorPrinter errors = new ErrorPrinter(spec.commandLine().getErr());
        Analysis a = Triangulate.standard().analyze(inputs);
        a.errors().forEach(errors);
        String report = switch (format) {
            case json -> JsonReport.toJson(a);
            case md -> MarkdownReport.render(a);
            case html -> HtmlReport.render(a);
        };
        if (out != null) {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, report, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("triangulate: wrote " + out);
        } else {
            PrintWriter pw = spec.commandLine().getOut();
            pw.print(report);
            pw.flush();
        }
        return errors.count() > 0 ? Main.EXIT_PARTIAL : 0;
    }
}
