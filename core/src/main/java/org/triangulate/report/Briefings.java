package org.triangulate.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.triangulate.Analysis;
import org.triangulate.claims.Entity;
import org.triangulate.cluster.EventCluster;
import org.triangulate.cluster.Storyline;
import org.triangulate.extract.Article;
import org.triangulate.provenance.ArticleProvenance;
import org.triangulate.provenance.EventProvenance;

/**
 * Look-ups over one analysis shared by the JSON, Markdown and HTML reports. Indexed once: looking articles, events
 * and provenance up by scanning their lists per article would make reports on large corpora quadratic.
 */
final class Briefings {
    private final Analysis a;
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, ArticleProvenance> articleProvenance = new HashMap<>();
    private final Map<String, EventCluster> events = new HashMap<>();
    private final Map<String, EventCluster> eventOfArticle = new HashMap<>();
    private final Map<String, EventProvenance> eventProvenance = new HashMap<>();
    private final Map<String, String> storylineOfEvent = new HashMap<>();

    Briefings(Analysis a) {
        this.a = a;
        a.articles().forEach(x -> articles.put(x.id(), x));
        a.provenance().articles().forEach(p -> articleProvenance.put(p.article(), p));
        a.provenance().events().forEach(p -> eventProvenance.put(p.event(), p));
        for (EventCluster e : a.clustering().events()) {
            events.put(e.id(), e);
            e.articles().forEach(id -> eventOfArticle.put(id, e));
        }
        for (Storyline s : a.clustering().storylines()) {
            s.events().forEach(id -> storylineOfEvent.put(id, s.id()));
        }
    }

    /** The article with this id, or null. */
    Article article(String id) {
        return articles.get(id);
    }

    /** The article's provenance, or null. */
    ArticleProvenance provenance(String articleId) {
        return articleProvenance.get(articleId);
    }

    /** The article's event, or null. */
    EventCluster eventOf(String articleId) {
        return eventOfArticle.get(articleId);
    }

    /** The event's storyline id, or null. */
    String storylineOf(String eventId) {
        return storylineOfEvent.get(eventId);
    }

    EventCluster event(String id) {
        return events.get(id);
    }

    Optional<EventProvenance> provenance(EventCluster e) {
        return Optional.ofNullable(eventProvenance.get(e.id()));
    }

    long outletCount() {
        return a.articles().stream().map(Article::outlet).filter(Objects::nonNull).distinct().count()
                + a.articles().stream().filter(x -> x.outlet() == null).count();
    }

    /** Storylines, the one with most articles first. */
    List<Storyline> storylines() {
        return a.clustering().storylines().stream()
                .sorted(Comparator.comparingInt((Storyline s) -> -s.events().stream()
                        .map(events::get).filter(Objects::nonNull).mapToInt(e -> e.articles().size()).sum()))
                .toList();
    }

    List<EventCluster> eventsWithoutStoryline() {
        return a.clustering().events().stream().filter(e -> !storylineOfEvent.containsKey(e.id())).toList();
    }

    /** The event's most mentioned named entities (full names, variants merged), most articles first. */
    List<String> keyEntities(EventCluster e, int max) {
        Set<String> members = new HashSet<>(e.articles());
        List<String> names = a.claims().entities().stream()
                .filter(x -> x.articles().stream().anyMatch(members::contains))
                .sorted(Comparator.comparingLong((Entity x) -> -x.articles().stream().filter(members::contains).count())
                        .thenComparingInt(x -> -x.mentions()))
                .map(Entity::name).limit(max).toList();
        return names.isEmpty() ? e.topEntities() : names;
    }

    String outlet(String articleId) {
        Article x = articles.get(articleId);
        return x == null || x.outlet() == null ? "unknown outlet" : x.outlet();
    }

    /** The event's headline: the title of its most complete copy, else of its earliest article. */
    String eventTitle(EventCluster e) {
        String mc = provenance(e).map(EventProvenance::mostComplete).orElse(null);
        Article most = mc == null ? null : articles.get(mc);
        if (most != null && most.title() != null && !most.title().isBlank()) {
            return most.title();
        }
        return articlesByTime(e).stream().map(Article::title).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(String.join(", ", e.topTerms()));
    }

    /** The event's articles in publication order ({@link Times#ORDER}). */
    List<Article> articlesByTime(EventCluster e) {
        return e.articles().stream().map(articles::get).filter(Objects::nonNull).sorted(Times.ORDER).toList();
    }
}
