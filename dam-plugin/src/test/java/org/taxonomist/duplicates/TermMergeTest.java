package org.taxonomist.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
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

    private static DamAsset asset(long id, Map<String, List<String>> values) {
        return new DamAsset(id, null, id + ".jpg", "hash" + id, null, values, null);
    }
}
