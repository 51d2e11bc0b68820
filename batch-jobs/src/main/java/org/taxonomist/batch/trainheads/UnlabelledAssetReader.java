package org.taxonomist.batch.trainheads;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taxonomist.dam.DamAdapter;

/** Reads the ids of assets missing a value in a learnt field; the checkpoint is the position reached. */
@Named
@Dependent
public class UnlabelledAssetReader extends AbstractItemReader {

    @Inject
    DamAdapter dam;

    @Inject
    LearntFields fields;

    @Inject
    @BatchProperty
    String field;

    private List<Long> ids;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        ids = fields.named(field).stream().flatMap(f -> dam.assetIdsUnlabelled(f).stream()).distinct().sorted().toList();
        position = checkpoint == null ? 0 : (Integer) checkpoint;
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
