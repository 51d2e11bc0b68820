package org.taxonomist.registry;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taxonomist.models.ensemble.Ensemble;

/**
 * One trained version of a taxonomy field's model: the ensemble (backbones, bagged heads,
 * combiner, thresholds) and its report (metrics, curves, terms that need more data). At most one
 * version per field is active; activating an older one is a rollback.
 */
@Entity
@Table(name = "tx_model_version", uniqueConstraints = @UniqueConstraint(columnNames = {"fieldName", "version"}))
public class ModelVersion {

    private static final Pattern SOURCE = Pattern.compile("model:(.+) v\\d+");

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String fieldName;

    private int version;

    /** Backbone keys of the members, joined by '|', e.g. "nsfwjs-mobilenet_v2@4.3.0". */
    @Column(nullable = false, length = 1000)
    private String backbones;

    @Column(nullable = false, length = 40)
    private String combiner;

    @Lob
    @Column(nullable = false)
    private byte[] ensemble;

    /** {@link org.taxonomist.models.ensemble.ModelReport} JSON. */
    @Lob
    @Column(nullable = false)
    private String report;

    private double macroF1;
    private double microF1;
    private int trainingSize;

    @Column(nullable = false)
    private Instant trainedAt;

    private boolean active;
    private String activatedBy;
    private Instant activatedAt;

    protected ModelVersion() {}

    ModelVersion(
            String fieldName,
            int version,
            Ensemble ensemble,
            String report,
            double macroF1,
            double microF1,
            int trainingSize,
            Instant trainedAt) {
        this.fieldName = fieldName;
        this.version = version;
        this.backbones = String.join("|", ensemble.backbones());
        this.combiner = ensemble.combiner().name();
        this.ensemble = ensemble.toBytes();
        this.report = report;
        this.macroF1 = macroF1;
        this.microF1 = microF1;
        this.trainingSize = trainingSize;
        this.trainedAt = trainedAt;
    }

    Ensemble ensemble() {
        return Ensemble.fromBytes(ensemble);
    }

    /**
     * Per promised precision, each term's autofill threshold (NaN: left to review), in the
     * ensemble's term order, from the report; empty for versions trained before autofill plans.
     */
    Map<Double, float[]> autofillThresholds(List<String> terms) {
        JsonObject json = Json.createReader(new StringReader(report)).readObject();
        Map<Double, float[]> plans = new LinkedHashMap<>();
        for (JsonObject plan : json.containsKey("autofill")
                ? json.getJsonArray("autofill").getValuesAs(JsonObject.class)
                : List.<JsonObject>of()) {
            JsonObject thresholds = plan.getJsonObject("thresholds");
            float[] byTerm = new float[terms.size()];
            for (int t = 0; t < byTerm.length; t++) {
                JsonValue value = thresholds.get(terms.get(t));
                byTerm[t] = value instanceof JsonNumber number ? (float) number.doubleValue() : Float.NaN;
            }
            plans.put(plan.getJsonNumber("precision").doubleValue(), byTerm);
        }
        return plans;
    }

    /** How suggestions from this version name their source. */
    public String source() {
        return "model:" + fieldName + " v" + version;
    }

    /** The field of a model's {@link #source()}; empty for other sources (pre-trained classes, the detector). */
    public static Optional<String> fieldOfSource(String source) {
        Matcher model = SOURCE.matcher(source);
        return model.matches() ? Optional.of(model.group(1)) : Optional.empty();
    }

    void activate(String user) {
        active = true;
        activatedBy = user;
        activatedAt = Instant.now();
    }

    void deactivate() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public String getFieldName() {
        return fieldName;
    }

    public int getVersion() {
        return version;
    }

    public List<String> getBackbones() {
        return Arrays.asList(backbones.split("\\|"));
    }

    public String getCombiner() {
        return combiner;
    }

    public String getReport() {
        return report;
    }

    public double getMacroF1() {
        return macroF1;
    }

    public double getMicroF1() {
        return microF1;
    }

    public int getTrainingSize() {
        return trainingSize;
    }

    public Instant getTrainedAt() {
        return trainedAt;
    }

    public boolean isActive() {
        return active;
    }

    public String getActivatedBy() {
        return activatedBy;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
