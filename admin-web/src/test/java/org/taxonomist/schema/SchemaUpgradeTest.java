package org.taxonomist.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.taxonomist.security.Passwords;

/**
 * A database that a release before migrations made and filled (its schema is the baseline script, run the way
 * Hibernate's update ran it, without a migration history) opens with this build: the migrations mark it and run what
 * came after, Hibernate validates the schema against this build's mapping, and every asset, label, decision, model
 * version and password reads back intact. An empty database gets the whole schema. On the embedded H2 and on the PostgreSQL that
 * answers on 127.0.0.1:5432 (skipped, saying so, where none does).
 */
class SchemaUpgradeTest {

    private static final Instant DECIDED = Instant.parse("2026-12-04T10:15:30Z");
    private static final byte[] ENSEMBLE = {1, 2, 3, 5, 8, 13};
    private static final String PASSWORD = "correct horse battery";
    /** This build's schema version: the migrations a new build adds raise it. */
    private static final String CURRENT = "11";

    @TempDir
    java.nio.file.Path folder;

    @Test
    void anH2DatabaseFromTheReleaseBeforeMigrationsUpgradesIntact() throws Exception {
        upgradesIntact(h2("release"), "h2");
    }

    @Test
    void anEmptyH2DatabaseGetsTheWholeSchema() throws Exception {
        opensEmpty(h2("empty"));
    }

    @Test
    void aPostgresqlDatabaseFromTheReleaseBeforeMigrationsUpgradesIntact() throws Exception {
        try (FreshPostgres database = FreshPostgres.create("upgrade")) {
            upgradesIntact(database.dataSource(), "postgresql");
        }
    }

    @Test
    void anEmptyPostgresqlDatabaseGetsTheWholeSchema() throws Exception {
        try (FreshPostgres database = FreshPostgres.create("empty")) {
            opensEmpty(database.dataSource());
        }
    }

    private void upgradesIntact(DataSource dataSource, String vendor) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            createAsTheReleaseDid(connection, vendor);
            fillAsTheReleaseDid(connection, vendor);
        }
        EntityManagerFactory factory = open(dataSource);
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin(); // PostgreSQL reads large objects only inside one
            assertEquals(
                    List.of("beach.jpg"),
                    em.createQuery("select a.fileName from Asset a", String.class)
                            .getResultList());
            assertEquals(
                    List.of("Subject=Animals", "Subject=Sea"),
                    em.createQuery(
                                    "select concat(v.field, '=', v.term) from Asset a join a.values v order by v.term",
                                    String.class)
                            .getResultList());
            Object[] suggestion = em.createQuery(
                            "select s.term, s.review.status, s.review.decidedBy, s.review.decidedAt "
                                    + "from Suggestion s",
                            Object[].class)
                    .getSingleResult();
            assertEquals("Sea", suggestion[0]);
            assertEquals("APPROVED", suggestion[1].toString());
            assertEquals("ana", suggestion[2]);
            assertEquals(DECIDED, suggestion[3]);
            Object[] correction = em.createQuery(
                            "select c.proposedTerms, c.review.status, c.review.decidedBy " + "from Correction c",
                            Object[].class)
                    .getSingleResult();
            assertEquals("Sea", correction[0]);
            assertEquals("REJECTED", correction[1].toString());
            assertEquals("bo", correction[2]);
            Object[] model = em.createQuery(
                            "select m.fieldName, m.version, m.active, m.ensemble from ModelVersion m", Object[].class)
                    .getSingleResult();
            assertEquals("Subject", model[0]);
            assertEquals(3, model[1]);
            assertEquals(true, model[2]);
            assertArrayEquals(ENSEMBLE, (byte[]) model[3]);
            String hash = em.createQuery(
                            "select u.passwordHash from UserAccount u where u.username = 'ana'", String.class)
                    .getSingleResult();
            Passwords passwords = new Passwords(new Pbkdf2PasswordHashImpl());
            assertTrue(passwords.matches(PASSWORD.toCharArray(), hash), "ana logs in with her password: " + hash);
            assertFalse(passwords.matches("wrong horse battery".toCharArray(), hash));
            em.getTransaction().rollback();
            em.close();
        } finally {
            factory.close();
        }
        assertEquals(CURRENT, SchemaMigrations.migrate(dataSource), "a second start finds nothing to do");
    }

    private void opensEmpty(DataSource dataSource) {
        open(dataSource).close();
        assertEquals(CURRENT, SchemaMigrations.migrate(dataSource));
    }

    /** The persistence unit as the server runs it (validate), on a plain data source instead of the server's pool. */
    private static EntityManagerFactory open(DataSource dataSource) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", null);
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        settings.put(
                "hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        settings.put("hibernate.search.enabled", "false");
        return Persistence.createEntityManagerFactory("taxonomist", settings);
    }

    /** What Hibernate's update did for the releases before migrations: the baseline's statements, no history. */
    private static void createAsTheReleaseDid(Connection connection, String vendor) throws IOException, SQLException {
        String script;
        try (InputStream in =
                SchemaUpgradeTest.class.getResourceAsStream("/db/migration/" + vendor + "/V1__baseline.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static void fillAsTheReleaseDid(Connection connection, String vendor)
            throws SQLException, GeneralSecurityException {
        Timestamp at = Timestamp.from(DECIDED);
        try (PreparedStatement user = connection.prepareStatement(
                "insert into tx_user (username, createdAt, passwordHash, role) values ('ana', ?, ?, 'LIBRARIAN')")) {
            user.setTimestamp(1, at);
            user.setString(2, releaseHash(PASSWORD));
            user.executeUpdate();
        }
        update(
                connection,
                "insert into dam_taxonomy_field (id, multiValued, name, version) values (1, true, 'Subject', 0)");
        update(
                connection,
                "insert into dam_asset (id, byteSize, contentHash, createdAt, createdBy, fileName, format, height, "
                        + "updatedAt, version, width) values (1, 1234, 'ab12', ?, 'ana', 'beach.jpg', 'jpeg', 480, ?, 0, 640)",
                at,
                at);
        update(
                connection,
                "insert into dam_asset_value (asset_id, field_name, setAt, setBy, term) values (1, 'Subject', ?, 'ana', 'Animals')",
                at);
        update(
                connection,
                "insert into dam_asset_value (asset_id, field_name, setAt, setBy, term) values (1, 'Subject', ?, 'ana', 'Sea')",
                at);
        update(
                connection,
                "insert into tx_suggestion (id, assetId, confidence, createdAt, fieldName, decidedAt, decidedBy, status, "
                        + "source, term, version) values (1, 1, 0.9, ?, 'Subject', ?, 'ana', 'APPROVED', 'model:Subject v3', 'Sea', 1)",
                at,
                at);
        update(
                connection,
                "insert into tx_correction (id, assetId, createdAt, currentTerms, fieldName, method, proposedTerms, "
                        + "decidedAt, decidedBy, status, score, source, version) "
                        + "values (1, 1, ?, 'Animals|Sea', 'Subject', 'mse', 'Sea', ?, 'bo', 'REJECTED', 0.8, 'audit 7', 1)",
                at,
                at);
        try (PreparedStatement model =
                connection.prepareStatement("insert into tx_model_version (id, active, backbones, "
                        + "combiner, ensemble, fieldName, macroF1, microF1, report, trainedAt, trainingSize, version) "
                        + "values (1, true, 'nsfwjs:mobilenet_v2', 'average', ?, 'Subject', 0.7, 0.8, ?, ?, 120, 3)")) {
            connection.setAutoCommit(false);
            model.setBlob(1, new ByteArrayInputStream(ENSEMBLE));
            String report = "{\"macroF1\":0.7}";
            if (vendor.equals("postgresql")) {
                // PostgreSQL keeps both kinds of large object as an oid, written through the blob path
                model.setBlob(2, new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
            } else {
                model.setClob(2, new StringReader(report));
            }
            model.setTimestamp(3, at);
            model.executeUpdate();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /** A password hash as the releases before schema version 2 wrote it. */
    private static String releaseHash(String password) throws GeneralSecurityException {
        byte[] salt = "sixteen byte salt".substring(0, 16).getBytes(StandardCharsets.US_ASCII);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256))
                .getEncoded();
        return "pbkdf2-sha256$210000$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static void update(Connection connection, String sql, Timestamp... times) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < times.length; i++) {
                statement.setTimestamp(i + 1, times[i]);
            }
            statement.executeUpdate();
        }
    }

    private DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve(name).toAbsolutePath());
        return dataSource;
    }

    /** A database of its own on the local PostgreSQL, dropped afterwards. */
    private record FreshPostgres(String name) implements AutoCloseable {

        private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

        static FreshPostgres create(String purpose) throws SQLException {
            FreshPostgres fresh = new FreshPostgres("taxonomist_schema_" + purpose + "_" + System.currentTimeMillis());
            try (Connection admin = admin();
                    Statement statement = admin.createStatement()) {
                statement.execute("create database " + fresh.name);
            }
            return fresh;
        }

        DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(SERVER + name);
            dataSource.setUser("postgres");
            return dataSource;
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = admin();
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }

        private static Connection admin() {
            try {
                return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
            } catch (SQLException e) {
                Assumptions.abort("No PostgreSQL answers on 127.0.0.1:5432 (" + e.getMessage()
                        + "): the PostgreSQL run is skipped");
                throw new AssertionError(e);
            }
        }
    }
}
