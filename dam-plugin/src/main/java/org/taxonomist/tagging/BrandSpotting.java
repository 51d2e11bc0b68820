package org.taxonomist.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.dam.TaxonomyFieldDefinition;
import org.taxonomist.models.text.BrandSighting;
import org.taxonomist.models.text.BrandSpotter;
import org.taxonomist.models.text.TextLine;
import org.taxonomist.registry.FieldAutomations;

/**
 * Brand names in pictures: for each field an admin marked a brand list, the terms (and their
 * synonyms) that the text read in the asset's picture names, typos forgiven ({@link BrandSpotter}),
 * become suggestions whose source is "OCR: " and the text seen. Each is a prediction of its own,
 * its confidence the line's recognition score less a share per edit, so the field's own autofill
 * and autocorrect thresholds decide, as for its model, whether it is written without review, and
 * a term a librarian rejected is not suggested again.
 */
@ApplicationScoped
public class BrandSpotting {

    /** The suggestion's source column holds 300 characters. */
    private static final int MAX_SOURCE = 300;

    @Inject
    DamAdapter dam;

    @Inject
    TextReading text;

    @Inject
    FieldAutomations automations;

    @Inject
    FieldFilling filling;

    /** Suggests the brands read in the asset's picture for the brand-list fields (none before its text was read). */
    @Transactional
    public void spot(DamAsset asset) {
        List<String> brandLists = automations.brandLists();
        List<TextLine> lines = brandLists.isEmpty()
                ? List.of()
                : text.forAsset(asset.id()).stream().map(ReadLine::toTextLine).toList();
        if (lines.isEmpty()) {
            return;
        }
        for (TaxonomyFieldDefinition field : dam.fields()) {
            if (brandLists.contains(field.name())) {
                for (BrandSighting sighting : spotter(field).spot(lines)) {
                    filling.apply(asset, field, prediction(sighting));
                }
            }
        }
    }

    private BrandSpotter spotter(TaxonomyFieldDefinition field) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        field.terms().forEach(term -> names.put(term, List.of()));
        names.putAll(dam.synonyms(field.name()));
        return new BrandSpotter(names);
    }

    static FieldPrediction prediction(BrandSighting sighting) {
        String source = sighting.source();
        return new FieldPrediction(
                source.length() > MAX_SOURCE ? source.substring(0, MAX_SOURCE) : source,
                List.of(sighting.term()),
                new float[] {sighting.confidence()},
                new float[] {0},
                Map.of());
    }
}
