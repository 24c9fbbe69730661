package org.triangulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.triangulate.claims.ClaimExtractor;
import org.triangulate.claims.Claims;
import org.triangulate.claims.ClaimsStage;
import org.triangulate.cluster.Clusterer;
import org.triangulate.cluster.ClusterStage;
import org.triangulate.cluster.Clustering;
import org.triangulate.corroborate.CorroborateStage;
import org.triangulate.corroborate.Corroboration;
import org.triangulate.corroborate.Corroborator;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractStage;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.IngestStage;
import org.triangulate.ingest.Ingester;
import org.triangulate.ingest.InputError;
import org.triangulate.ingest.RawDocument;
import org.triangulate.provenance.Provenance;
import org.triangulate.provenance.ProvenanceAnalyzer;
import org.triangulate.provenance.ProvenanceStage;

/**
 * The facade: wires the pipeline stages {@code ingest → extract → cluster → provenance → claims → corroborate}.
 * The CLI, web and Spark modules call only this class.
 *
 * <pre>{@code
 * Triangulate t = Triangulate.standard();
 * Analysis a = t.analyze(List.of("pages/"));
 * }</pre>
 */
public final class Triangulate {
    private final Ingester ingester;
    private final Extractor extractor;
    private final java.util.function.Supplier<Clusterer> clusterers;
    private final ProvenanceAnalyzer provenance;
    private final ClaimExtractor claims;
    private final Corroborator corroborator;

    public Triangulate(Ingester ingester, Extractor extractor, java.util.function.Supplier<Clusterer> clusterers,
                       ProvenanceAnalyzer provenance, ClaimExtractor claims, Corroborator corroborator) {
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.clusterers = Objects.requireNonNull(clusterers, "clusterers");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.corroborator = Objects.requireNonNull(corroborator, "corroborator");
    }

    /** The standard pipeline with its default stage implementations. */
    public static Triangulate standard() {
        return new Triangulate(IngestStage.standard(), ExtractStage.standard(), ClusterStage::standard,
                ProvenanceStage.standard(), ClaimsStage.standard(), CorroborateStage.standard());
    }

    public Ingester ingester() {
        return ingester;
    }

    public Extractor extractor() {
        return extractor;
    }

    /**
     * Reads and extracts the inputs, streaming: each article or error is handed over as soon as it is ready.
     * Ids are derived from the source names and are unique within this call.
     */
    public void extract(List<String> inputs, Consumer<Article> articles, Consumer<InputError> errors) {
        Ids ids = new Ids();
        ingester.ingest(inputs, doc -> {
            Article a = extractOne(ids.next(doc), doc, errors);
            if (a != null) {
                articles.accept(a);
            }
        }, errors);
    }

    /** Extracts one document; reports a failure to {@code errors} and returns null. Never throws. */
    public Article extractOne(String id, RawDocument doc, Consumer<InputError> errors) {
        try {
            return extractor.extract(id, doc);
        } catch (ExtractionException e) {
            errors.accept(new InputError(doc.source(), "extract", e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            errors.accept(new InputError(doc.source(), "extract", "internal error: " + e));
        }
        return null;
    }

    /** Runs the whole pipeline over the inputs (files, directories, or "-" for stdin). */
    public Analysis analyze(List<String> inputs) {
        Session s = session();
        s.addInputs(inputs);
        return s.analysis();
    }

    /** Runs the whole pipeline over documents already read. */
    public Analysis analyzeDocuments(List<RawDocument> documents) {
        Session s = session();
        s.addDocuments(documents);
        return s.analysis();
    }

    /** An incremental session: add inputs in batches; clustering only compares the new articles. */
    public Session session() {
        return new Session();
    }

    /** Incremental analysis. Not thread-safe. */
    public final class Session {
        private final List<Article> articles = new ArrayList<>();
        private final List<InputError> errors = new ArrayList<>();
        private final Clusterer clusterer = clusterers.get();
        private final Ids ids = new Ids();

        private Session() {
        }

        /** Reads, extracts and adds the inputs; documents are extracted as they stream in, never all held. */
        public void addInputs(List<String> inputs) {
            List<Article> batch = new ArrayList<>();
            ingester.ingest(inputs, d -> extractInto(d, batch), errors::add);
            addArticles(batch);
        }

        public void addDocuments(List<RawDocument> documents) {
            List<Article> batch = new ArrayList<>();
            documents.forEach(d -> extractInto(d, batch));
            addArticles(batch);
        }

        private void extractInto(RawDocument d, List<Article> batch) {
            Article a = extractOne(ids.next(d), d, errors::add);
            if (a != null) {
                batch.add(a);
            }
        }

        public void addArticles(List<Article> batch) {
            articles.addAll(batch);
            clusterer.add(batch);
        }

        public List<InputError> errors() {
            return List.copyOf(errors);
        }

        public Analysis analysis() {
            Clustering clustering = clusterer.snapshot();
            Provenance prov = provenance.analyze(articles, clustering);
            Claims cl = claims.extract(articles, clustering);
            Corroboration corr = corroborator.corroborate(articles, clustering, prov, cl);
            return new Analysis(articles, errors, clustering, prov, cl, corr);
        }
    }

    /**
     * Short ids from source names: "feeds/000_ab12.txt" → "000_ab12"; "crawl.warc#3" → "crawl-3"; an id the
     * record declares (a JSONL {@code id} field) is used as it is when it is a plain name; unique.
     */
    static final class Ids {
        private final Set<String> used = new HashSet<>();

        String next(RawDocument doc) {
            String declared = doc.fields().get("id");
            if (declared != null && DECLARED.matcher(declared).matches()) {
                return unique(declared);
            }
            return next(doc.source());
        }

        String next(String source) {
            String base = source.equals("-") || source.startsWith("-#") ? "stdin" + source.substring(1) : source;
            int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
            base = base.substring(slash + 1);
            String record = "";
            int hash = base.indexOf('#');
            if (hash >= 0) {
                record = base.substring(hash + 1);
                base = base.substring(0, hash);
            }
            int dot = base.indexOf('.');
            if (dot > 0) {
                base = base.substring(0, dot);
            }
            if (!record.isEmpty()) {
                base = base + "-" + record;
            }
            base = base.replaceAll("[^A-Za-z0-9_\\-]", "_");
            if (base.isEmpty()) {
                base = "doc";
            }
            return unique(base);
        }

        private String unique(String base) {
            String id = base;
            for (int i = 2; !used.add(id); i++) {
                id = base + "-" + i;
            }
            return id;
        }

        /** A declared id usable in file names and URLs as it is. */
        private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile("[A-Za-z0-9_.\\-]{1,80}");
    }
}
