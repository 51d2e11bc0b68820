package org.taxonomist.web.dam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.taxonomist.models.text.BrandSighting;
import org.taxonomist.registry.ModelRegistry;
import org.taxonomist.registry.ModelVersion;
import org.taxonomist.tagging.ObjectDetection;
import org.taxonomist.tagging.Tagger;
import org.taxonomist.web.SuggestionRow;
import org.taxonomist.web.admin.TermRow;
import org.taxonomist.web.admin.VersionReport;

/**
 * Why each suggestion was made, in words a librarian can check against the Models page: for a
 * trained model's, the term's tuned threshold and how well the version did on it out of bag; for
 * the detector's and the pre-trained classes', what the source is.
 */
@ApplicationScoped
public class SuggestionReasons {

    static final String FROM_PRETRAINED = "the pre-trained model's own classes: no threshold tuned on this collection";

    @Inject
    ModelRegistry models;

    @Inject
    Tagger tagger;

    @Inject
    ObjectDetection detection;

    /** Per suggestion id, its reason; each version's report is read once. */
    @Transactional
    public Map<Long, String> of(List<SuggestionRow> suggestions) {
        Map<String, Optional<VersionReport>> reports = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (SuggestionRow s : suggestions) {
            String reason;
            if (ModelVersion.fieldOfSource(s.source()).isPresent()) {
                reason = reports.computeIfAbsent(s.source(), this::report)
                        .flatMap(r -> r.term(s.term()))
                        .map(term -> fromModel(s.confidence(), term, tagger.reviewFloor()))
                        .orElse("");
            } else if (s.source().equals(ObjectDetection.SOURCE)) {
                reason = fromDetector(detection.minScore());
            } else if (s.source().startsWith(BrandSighting.SOURCE_PREFIX)) {
                reason = "a brand name read in the picture: \u201c"
                        + s.source().substring(BrandSighting.SOURCE_PREFIX.length()) + "\u201d";
            } else {
                reason = FROM_PRETRAINED;
            }
            reasons.put(s.id(), reason);
        }
        return reasons;
    }

    private Optional<VersionReport> report(String source) {
        return models.bySource(source).map(v -> new VersionReport(v.getReport()));
    }

    /**
     * "above its threshold 62 % · F1 0.87 on 34 labelled assets (precision 0.90, recall 0.84)"; a
     * suggestion under its threshold says it is there for review only.
     */
    static String fromModel(double confidence, TermRow term, double reviewFloor) {
        String threshold = confidence >= term.threshold()
                ? "above its threshold " + percent(term.threshold())
                : "below its threshold " + percent(term.threshold()) + ", suggested for review from "
                        + percent(Math.min(term.threshold(), reviewFloor));
        return threshold
                + String.format(
                        Locale.ROOT,
                        " · F1 %.2f on %d labelled assets (precision %.2f, recall %.2f)",
                        term.f1(),
                        term.support(),
                        term.precision(),
                        term.recall());
    }

    static String fromDetector(double minScore) {
        return "an object the detector found, score at least " + percent(minScore);
    }

    private static String percent(double p) {
        return Math.round(p * 100) + " %";
    }
}
