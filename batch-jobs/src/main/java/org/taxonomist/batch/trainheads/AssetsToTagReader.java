package org.taxonomist.batch.trainheads;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import org.taxonomist.batch.LearntFields;
import org.taxonomist.dam.DamAdapter;
import org.taxonomist.dam.DamAsset;
import org.taxonomist.registry.FieldAutomations;

/**
 * Reads the ids of the assets that the new models should look at: those missing a value in a
 * learnt field and, for a field with autocorrect on, those that have one. The checkpoint is the
 * position reached.
 */
@Named
@Dependent
public class AssetsToTagReader extends AbstractItemReader {

    @Inject
    DamAdapter dam;

    @Inject
    LearntFields fields;

    @Inject
    FieldAutomations automations;

    @Inject
    @BatchProperty
    String field;

    private List<Long> ids;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        ids = fields.named(field).stream()
                .flatMap(this::toTag)
                .distinct()
                .sorted()
                .toList();
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    private Stream<Long> toTag(String learnt) {
        Stream<Long> unlabelled = dam.assetIdsUnlabelled(learnt).stream();
        return automations.of(learnt).getAutocorrect() == null
                ? unlabelled
                : Stream.concat(unlabelled, dam.assetsLabelled(learnt).stream().map(DamAsset::id));
    }

    @Override
    public Object readItem() {
        return position < ids.size() ? ids.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
