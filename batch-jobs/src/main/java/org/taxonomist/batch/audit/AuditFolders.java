package org.taxonomist.batch.audit;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.taxonomist.config.TaxonomistHome;

/** The folder of the running audit: $TAXONOMIST_HOME/audits/&lt;job instance&gt;, the same after a restart. */
@Dependent
public class AuditFolders {

    @Inject
    TaxonomistHome home;

    @Inject
    JobContext job;

    AuditFolder current() {
        return new AuditFolder(home.folder("audits").resolve(Long.toString(job.getInstanceId())));
    }
}
