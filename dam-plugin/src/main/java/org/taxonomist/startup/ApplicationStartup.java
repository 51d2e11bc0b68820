package org.taxonomist.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.taxonomist.dam.reference.SearchIndexRecovery;
import org.taxonomist.dam.reference.Taxonomy;
import org.taxonomist.security.InitialAdmin;
import org.taxonomist.tagging.PluginStartup;

/**
 * The start-up sequence, in order: the reference DAM's demo taxonomy and its search index made whole, the first
 * admin, then the plugin (model loading and leftover tagging, in the background). A startup EJB rather than a CDI
 * observer of @Initialized: on Payara, that event comes before the persistence context of classes in WEB-INF/lib can
 * be looked up.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    @Inject
    Taxonomy taxonomy;

    @Inject
    SearchIndexRecovery searchIndex;

    @Inject
    InitialAdmin initialAdmin;

    @Inject
    PluginStartup plugin;

    @PostConstruct
    void start() {
        taxonomy.seedDemoTaxonomy();
        searchIndex.rebuildIfOutdated();
        initialAdmin.ensureExists();
        plugin.start();
    }
}
