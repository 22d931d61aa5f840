package org.pavilion.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A throwaway PostgreSQL cluster made with the operating system's server binaries (Debian's
 * {@code postgresql} package, which also has {@code pg_dump} and {@code pg_restore} of the same version),
 * for tests that need the client tools a production operator would use. As root, the server runs as the
 * {@code postgres} user, as PostgreSQL requires.
 */
public final class ScratchPostgres implements AutoCloseable {

    private final Path bin;
    private final Path directory;
    private final int port;

    private ScratchPostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    /** The newest installed server binaries with pg_dump and pg_restore, if any. */
    public static Optional<Path> binaries() {
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions == null) {
            return Optional.empty();
        }
        return Arrays.stream(versions).map(v -> v.toPath().resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_dump"))
                        && Files.isExecutable(b.resolve("pg_restore")))
                .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
    }

    public static ScratchPostgres start(String name) throws Exception {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries: apt-get install postgresql"));
        Path directory = Files.createTempDirectory("pavilion-" + name + "-");
        directory.toFile().setWritable(true, false);
        directory.toFile().setExecutable(true, false);
        directory.toFile().setReadable(true, false);
        int port = PackagedInstance.freePort();
        ScratchPostgres pg = new ScratchPostgres(bin, directory, port);
        if (isRoot()) {
            run("chown", "postgres", directory.toString());
        }
        pg.runAsServerUser(bin.resolve("initdb").toString(), "-D", directory.resolve("data").toString(), "-U", "postgres",
                "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        pg.runAsServerUser(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "-l", directory.resolve("server.log").toString(),
                "-w", "start");
        return pg;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String database) throws Exception {
        runAsServerUser(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", database);
    }

    /** {@code pg_dump -Fc}: the whole database, schema and rows, into one file. */
    public Path dump(String database) throws Exception {
        Path file = directory.resolve(database + ".dump");
        runAsServerUser(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-Fc",
                "-f", file.toString(), database);
        return file;
    }

    /** {@code pg_restore} of a dump into a new database of this server. */
    public void restore(Path dump, String database) throws Exception {
        createDatabase(database);
        Path readable = directory.resolve("restore-" + dump.getFileName());
        Files.copy(dump, readable);
        if (isRoot()) {
            run("chown", "postgres", readable.toString());
        }
        runAsServerUser(bin.resolve("pg_restore").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                "--exit-on-error", "-d", database, readable.toString());
    }

    @Override
    public void close() throws Exception {
        runAsServerUser(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-m", "fast", "-w", "stop");
        run("rm", "-rf", directory.toString());
    }

    private void runAsServerUser(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
