package org.taxonomist.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to this build's schema with Flyway. Version 1 is the schema the releases before migrations let
 * Hibernate create; a database one of them made (it has our tables but no migration history) is marked as being at
 * version 1 and only the later scripts run on it. An empty database, or one holding only the batch runtime's tables,
 * runs every script.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    /** A table every release has had; its presence without a history means "made before migrations". */
    static final String RELEASE_TABLE = "tx_suggestion";

    static final String HISTORY_TABLE = "flyway_schema_history";

    private SchemaMigrations() {}

    /** @return the schema version the database is at now */
    public static String migrate(DataSource dataSource) {
        Vendor vendor = Vendor.of(dataSource);
        boolean madeBeforeMigrations = vendor.hasTable(RELEASE_TABLE) && !vendor.hasTable(HISTORY_TABLE);
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor.folder())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion(madeBeforeMigrations ? "1" : "0")
                .baselineDescription(
                        madeBeforeMigrations ? "made by a release before migrations" : "before the first script")
                .load()
                .migrate();
        String now = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + now + " (" + result.migrationsExecuted + " scripts run"
                + (madeBeforeMigrations ? ", made by a release before migrations" : "") + ")");
        return now;
    }

    /** The database's kind, which picks the scripts' folder, and a look at its tables. */
    private record Vendor(String folder, DataSource dataSource) {

        static Vendor of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                String product =
                        connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                if (product.contains("h2")) {
                    return new Vendor("h2", dataSource);
                }
                if (product.contains("postgresql")) {
                    return new Vendor("postgresql", dataSource);
                }
                throw new IllegalStateException("Taxonomist's schema scripts are written for H2 and PostgreSQL, not "
                        + connection.getMetaData().getDatabaseProductName() + ".");
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "Cannot reach the database to migrate its schema: " + e.getMessage(), e);
            }
        }

        boolean hasTable(String name) {
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData metadata = connection.getMetaData();
                try (ResultSet tables = metadata.getTables(
                        connection.getCatalog(), connection.getSchema(), null, new String[] {"TABLE"})) {
                    while (tables.next()) {
                        if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                            return true;
                        }
                    }
                    return false;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database's tables: " + e.getMessage(), e);
            }
        }
    }
}
