package org.triangulate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Article;

class NearDuplicateIndexTest {
    private static final String[] SENTENCES = {
        "Russian President Vladimir Putin is open to discussing a Ukraine ceasefire deal with Donald Trump.",
        "He rules out making any major territorial concessions and insists Kyiv abandon ambitions to join NATO.",
        "Five current and former Russian officials said the Kremlin could broadly agree to freeze the conflict.",
        "There may be room to negotiate on the exact division of the four regions, the sources said.",
        "Russia controls a chunk of Ukraine roughly the size of the U.S. state of Virginia.",
        "Trump has promised to swiftly end the war but has not said how he would do so.",
        "The Kremlin said Putin was ready for contacts with Trump but did not comment on the report.",
        "Western officials say the war has killed or wounded hundreds of thousands of soldiers.",
        "The sources spoke on condition of anonymity because of the sensitivity of the matter.",
        "Moscow has repeatedly said it is open to talks on the basis of the realities on the ground."};

    private static Doc doc(FeatureExtractor f, Vocabulary v, List<Doc> docs, String id, List<String> paras) {
        Doc d = f.features(docs.size(), new Article(id, id, null, null, null, null, null, null, null, "en", null,
                null, null, paras, Map.of()), v);
        docs.add(d);
        return d;
    }

    @Test
    void findsCopiesAndSubsetsWithContainmentBothWays() {
        ClusterSettings s = ClusterSettings.defaults();
        FeatureExtractor f = new FeatureExtractor(s);
        Vocabulary v = new Vocabulary();
        NearDuplicateIndex index = new NearDuplicateIndex(s);
        List<Doc> docs = new ArrayList<>();
        List<String> full = List.of(SENTENCES);
        assertThat(index.matchAndAdd(doc(f, v, docs, "full", full), docs)).isEmpty();

        Doc subset = doc(f, v, docs, "subset", full.subList(0, 6));
        List<NearDuplicateIndex.Match> m = index.matchAndAdd(subset, docs);
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.other().id).isEqualTo("full");
            assertThat(x.containmentNewInOther()).isGreaterThan(0.9);
            assertThat(x.containmentOtherInNew()).isLessThan(0.8);
            assertThat(x.jaccard()).isBetween(0.3, 0.9);
        });

        Doc unrelated = doc(f, v, docs, "other", List.of("A magnitude 6.1 earthquake struck the island of Qeshm "
                + "in the Gulf on Sunday, killing ten people and injuring about fifty, officials said."));
        assertThat(index.matchAndAdd(unrelated, docs)).isEmpty();
    }
}
