package org.taxonomist.models.ensemble;

import java.util.List;
import org.taxonomist.models.evaluation.AutofillPlan;
import org.taxonomist.models.evaluation.Evaluation;
import org.taxonomist.models.evaluation.ThresholdTuning;

/**
 * The result of training a field: the ensemble, the terms left out for lack of labels, which
 * combiner won and why, and the out-of-bag predictions (each asset scored only by the bags that
 * did not train on it; a NaN row where every bag saw the asset) — the label-noise audit reads them.
 *
 * @param headChoices       per backbone, in member order: the head recipe its bags use and why
 * @param memberOutOfBag    per backbone, in the ensemble's member order: n × trained terms
 * @param outOfBag          the combined out-of-bag predictions, n × trained terms
 * @param outOfBagEvaluation metrics of {@code outOfBag} against the labels, over the rows that have one
 * @param thresholdCurves   per trained term, F-beta of {@code outOfBag} against the threshold
 *                          ({@link ThresholdTuning#curve}, {@link #CURVE_POINTS} rows of {threshold, fBeta})
 * @param autofillPlans     per {@link AutofillPlan#OFFERED_PRECISIONS precision an admin can ask for}, the
 *                          terms' autofill thresholds on {@code outOfBag} and what they promise
 */
public record TrainedEnsemble(
        Ensemble ensemble,
        List<LeftOutTerm> needsMoreData,
        CombinerChoice combinerChoice,
        List<HeadChoice> headChoices,
        List<float[][]> memberOutOfBag,
        float[][] outOfBag,
        Evaluation outOfBagEvaluation,
        List<double[][]> thresholdCurves,
        List<AutofillPlan> autofillPlans) {

    /** Thresholds 0, 0.05, …, 1: fine enough for a chart, small enough to store with every version. */
    public static final int CURVE_POINTS = 21;
}
