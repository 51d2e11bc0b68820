package org.taxonomist.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the PostgreSQL that answers on 127.0.0.1:5432, dropped on close; the test
 * that asks for one is skipped, saying why, when none answers.
 */
final class Postgres implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final String database;

    private Postgres(String database) {
        this.database = database;
    }

    static Postgres freshDatabase(String purpose) {
        Postgres fresh = new Postgres("taxonomist_" + purpose + "_" + System.currentTimeMillis());
        fresh.run("create database " + fresh.database);
        return fresh;
    }

    /** How the server is told to use this database. */
    Map<String, String> environment() {
        return Map.of(
                "TAXONOMIST_DB_URL",
                SERVER + database,
                "TAXONOMIST_DB_USER",
                "postgres",
                "TAXONOMIST_DB_PASSWORD",
                "ignored-by-trust-auth");
    }

    /**
     * The database goes away for a while, as in a fail-over or a network cut: new connections are
     * refused and every open one is terminated; then it comes back.
     */
    void outage(Duration length) {
        run("alter database " + database + " allow_connections false");
        run("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        Api.sleep(length.toMillis());
        run("alter database " + database + " allow_connections true");
    }

    /**
     * The database's size on disk, large objects (the embeddings) included, once compacted: without it, the rows
     * that updates and deletes leave behind until autovacuum passes (heartbeats, the outbox) would be counted.
     */
    long bytes() {
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("vacuum full");
            var size = sql.executeQuery("select pg_database_size('" + database + "')");
            size.next();
            return size.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        run("drop database if exists " + database + " with (force)");
    }

    private void run(String statement) {
        try (Connection admin = connect();
                Statement sql = admin.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect() {
        try {
            return DriverManager.getConnection(SERVER + "test", "postgres", "");
        } catch (SQLException e) {
            Assumptions.abort(
                    "No PostgreSQL answers on 127.0.0.1:5432 (" + e.getMessage() + "): the PostgreSQL run is skipped");
            throw new IllegalStateException(e);
        }
    }
}
