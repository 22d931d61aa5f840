package org.pavilion.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

/**
 * The database the reports read: a read replica when {@code PAVILION_REPORTS_DB_URL} names one, else the primary
 * (the {@code reports} datasource defaults to the primary's URL and credentials). Each report runs in one read-only
 * transaction of its own, outside the request's JTA transaction, and says the time its data is as of: the last
 * transaction the replica replayed, or the transaction's start on the primary.
 */
@ApplicationScoped
class ReportQuery {

    /** A named parameter ({@code :name}), not a cast ({@code ::text}). */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9_]*)");

    @Inject
    @DataSource("reports")
    AgroalDataSource dataSource;

    /** What a report read and the time its data is as of. */
    record AsOf<T>(T value, Instant dataAsOf) {
    }

    /** Statements of one report. */
    interface Work<T> {
        T run(Session session) throws SQLException;
    }

    /** Runs the work in one read-only transaction (its statements see one snapshot) and reads the data's time. */
    <T> AsOf<T> read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                Session session = new Session(connection);
                session.execute("set transaction isolation level repeatable read");
                T value = work.run(session);
                Instant asOf = session.dataAsOf();
                connection.commit();
                return new AsOf<>(value, asOf);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Report query failed", e);
        }
    }

    /** One report's connection: statements with named parameters, as the JPA native queries have them. */
    static final class Session {

        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        void execute(String sql) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        /** The rows of a query; a collection parameter expands to one placeholder per element. */
        List<Object[]> rows(String sql, Map<String, ?> params) throws SQLException {
            List<Object> values = new ArrayList<>();
            StringBuilder positional = new StringBuilder();
            Matcher m = PARAMETER.matcher(sql);
            while (m.find()) {
                String name = m.group(1);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("No value for :" + name);
                }
                Object value = params.get(name);
                String placeholders = "?";
                if (value instanceof Collection<?> many) {
                    placeholders = String.join(", ", Collections.nCopies(Math.max(1, many.size()), "?"));
                    values.addAll(many.isEmpty() ? Collections.singletonList(null) : many);
                } else {
                    values.add(value);
                }
                m.appendReplacement(positional, placeholders);
            }
            m.appendTail(positional);
            try (PreparedStatement statement = connection.prepareStatement(positional.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) == null) {
                        statement.setNull(i + 1, Types.OTHER);
                    } else {
                        statement.setObject(i + 1, values.get(i));
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        }

        /** The last transaction a replica replayed, or the transaction's start on the primary. */
        Instant dataAsOf() throws SQLException {
            try (var statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select coalesce(pg_last_xact_replay_timestamp(), now())")) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        }

        /** The single value of a one-row, one-column query. */
        Object single(String sql, Map<String, ?> params) throws SQLException {
            return rows(sql, params).get(0)[0];
        }
    }
}
