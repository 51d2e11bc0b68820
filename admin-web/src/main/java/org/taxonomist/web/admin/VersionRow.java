package org.taxonomist.web.admin;

import java.io.Serializable;
import org.taxonomist.registry.ModelVersion;
import org.taxonomist.web.Dates;

/** One model version in the Models page's table. */
public record VersionRow(
        int version,
        boolean active,
        String trainedAt,
        int trainingSize,
        String backbones,
        String combiner,
        double macroF1,
        double microF1,
        String activatedBy)
        implements Serializable {

    static VersionRow of(ModelVersion v) {
        return new VersionRow(
                v.getVersion(),
                v.isActive(),
                Dates.format(v.getTrainedAt()),
                v.getTrainingSize(),
                String.join(", ", v.getBackbones()),
                v.getCombiner(),
                v.getMacroF1(),
                v.getMicroF1(),
                v.getActivatedBy());
    }
}
