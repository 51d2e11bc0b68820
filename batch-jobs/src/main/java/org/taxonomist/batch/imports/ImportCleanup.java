package org.taxonomist.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taxonomist.dam.reference.imports.ImportFolders;

/** Once everything is imported, removes the folder unpacked from an uploaded zip (the DAM keeps its own copies). */
@Named
@Dependent
public class ImportCleanup extends AbstractBatchlet {

    @Inject
    ImportFolders folders;

    @Inject
    @BatchProperty
    String folder;

    @Override
    public String process() {
        folders.deleteIfUploaded(folder);
        return "imported";
    }
}
