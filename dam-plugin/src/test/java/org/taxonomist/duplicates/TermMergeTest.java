package org.taxonomist.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;

class TermMergeTest {

    private static final List<TaxonomyFieldDefinition> FIELDS = List.of(
            new TaxonomyFieldDefinition("Keywords", true, List.of(), null),
            new TaxonomyFieldDefinition("Asset Type", false, List.of(), null),
            new TaxonomyFieldDefinition("Brand", false, List.of(), null));

    @Test
    void aMultiValuedFieldGetsTheUnionKeptTermsFirst() {
        DamAsset kept = asset(1, Map.of("Keywords", List.of("boat", "sea")));
        List<DamAsset> others = List.of(
                asset(2, Map.of("Keywords", List.of("sea", "harbour"))), asset(3, Map.of("Keywords", List.of("dusk"))));

        assertEquals(
                Map.of("Keywords", List.of("boat", "sea", "harbour", "dusk")), TermMerge.into(kept, others, FIELDS));
    }

    @Test
    void aSingleValuedFieldKeepsItsTermAndIsFilledWhenEmpty() {
        DamAsset kept = asset(1, Map.of("Asset Type", List.of("Photo")));
        List<DamAsset> others = List.of(
                asset(2, Map.of("Asset Type", List.of("Illustration"), "Brand", List.of("Acme"))),
                asset(3, Map.of("Brand", List.of("Globex"))));

        assertEquals(Map.of("Brand", List.of("Acme")), TermMerge.into(kept, others, FIELDS));
    }

    @Test
    void nothingChangesWhenTheKeptCopyHasEverything() {
        DamAsset kept = asset(1, Map.of("Keywords", List.of("boat"), "Brand", List.of("Acme")));

        assertEquals(Map.of(), TermMerge.into(kept, List.of(asset(2, Map.of("Keywords", List.of("boat")))), FIELDS));
    }

    @Test
    void keywordsAreTheKeptCopysThenTheOthersItemsItLacksIgnoringCase() {
        DamAsset kept = withKeywords(1, "Harbour at dusk; boat");
        List<DamAsset> others = List.of(
                withKeywords(2, "boat, Sea gull"),
                withKeywords(3, null),
                withKeywords(4, "HARBOUR AT DUSK, sea  gull"));

        assertEquals(Optional.of("Harbour at dusk, boat, Sea gull"), TermMerge.keywords(kept, others));
        assertEquals(
                Optional.of("sea, surf"),
                TermMerge.keywords(withKeywords(1, null), List.of(withKeywords(2, "sea surf"))));
    }

    @Test
    void keywordsStayAsWrittenWhenTheOthersAddNothing() {
        assertEquals(
                Optional.empty(),
                TermMerge.keywords(withKeywords(1, "coast ocean"), List.of(withKeywords(2, "Ocean"))));
        assertEquals(Optional.empty(), TermMerge.keywords(withKeywords(1, null), List.of(withKeywords(2, " "))));
    }

    private static DamAsset asset(long id, Map<String, List<String>> values) {
        return new DamAsset(id, null, id + ".jpg", "hash" + id, null, values, null);
    }

    private static DamAsset withKeywords(long id, String keywords) {
        return new DamAsset(id, null, id + ".jpg", "hash" + id, keywords, Map.of(), null);
    }
}
