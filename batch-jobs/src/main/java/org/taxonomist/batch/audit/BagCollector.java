package org.taxonomist.batch.audit;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionCollector;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Tells the analyzer which bag's predictions are now on disk (null while they are not). */
@Named
@Dependent
public class BagCollector implements PartitionCollector {

    @Inject
    AuditFolders folders;

    @Inject
    @BatchProperty
    String bag;

    @Override
    public Serializable collectPartitionData() {
        int b = Integer.parseInt(bag);
        return folders.current().hasBag(b) ? b : null;
    }
}
