package kg.aimak.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.GraphDatabaseSettings.LogQueryLevel;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs a real Neo4j 5 Community DBMS in this JVM and serves it over Bolt on the loopback
 * interface. It is Aimak Graph's default local database; the Node side
 * (server/db/embedded-neo4j.ts) builds and spawns it.
 *
 * <pre>
 * java -Xms64m -Xmx1g \
 *      --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
 *      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
 *      -cp "neo4j/target/classes:neo4j/target/lib/*" kg.aimak.neo4j.EmbeddedNeo4j \
 *      [--data-dir .data/neo4j] [--port 7687] [--page-cache 512m] [--exit-on-stdin-eof]
 * </pre>
 *
 * The {@code --add-opens} flags are the ones Neo4j's own launcher passes; without them Neo4j
 * still runs but logs warnings and loses native file-access optimisations (page cache, tx logs).
 *
 * Stdout carries exactly one line, {@code NEO4J_READY bolt://127.0.0.1:<port>}, once the
 * default database is available (with {@code --standby}, {@code NEO4J_STANDBY} comes first, once warmed up). Neo4j's own logs go to {@code <data-dir>/logs}. Errors go to
 * stderr. Exit codes: 0 clean shutdown, 1 start-up failure, 2 bad arguments, 3 port in use.
 */
public final class EmbeddedNeo4j {

    private static final String HOST = "127.0.0.1";
    private static final long AVAILABILITY_TIMEOUT_MS = Duration.ofMinutes(3).toMillis();

    private static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java -cp \"neo4j/target/classes:neo4j/target/lib/*\" kg.aimak.neo4j.EmbeddedNeo4j [options]",
            "  --data-dir <path>     Neo4j home: store and logs (default .data/neo4j, created if missing)",
            "  --port <n>            Bolt port on 127.0.0.1 (default 7687)",
            "  --page-cache <size>   page cache size, e.g. 512m, 2g (default 512m)",
            "  --exit-on-stdin-eof   shut down cleanly when stdin reaches end-of-file",
            "  --standby             warm up, print NEO4J_STANDBY, then start only when stdin brings the line start",
            "  --help                print this help");

    /** Guards {@link #service}: start-up and shutdown never overlap. */
    private static final Object LOCK = new Object();

    private static DatabaseManagementService service;
    private static boolean shuttingDown;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        Options options = Options.parse(args);

        Path home = options.dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail(1, "cannot create data directory " + home + ": " + e);
        }

        // SIGTERM / SIGINT / System.exit: close the store cleanly so the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "neo4j-shutdown"));

        if (options.standby) {
            warmUp();
            System.out.println("NEO4J_STANDBY");
            System.out.flush();
            awaitStartLine();
        }

        if (options.exitOnStdinEof) {
            watchStdin();
        }

        // Never call System.exit while holding LOCK: the shutdown hook needs it.
        GraphDatabaseService db = null;
        long maxHeap = Runtime.getRuntime().maxMemory();
        RuntimeException startFailure = null;
        synchronized (LOCK) {
            if (shuttingDown) {
                return;
            }
            try {
                service = new DatabaseManagementServiceBuilder(home)
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                        .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                        .setConfig(HttpConnector.enabled, false)
                        // No server-side routing connector (it would open a second port).
                        .setConfig(GraphDatabaseSettings.routing_enabled, false)
                        // Auth is off. This is only acceptable because Bolt listens on the loopback
                        // interface alone (see listen_address above): never bind it elsewhere without auth.
                        .setConfig(GraphDatabaseSettings.auth_enabled, false)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                        // Neo4j's own memory accounting: a transaction that holds more than its share of the heap
                        // is stopped with MemoryPoolOutOfMemoryError instead of exhausting the heap.
                        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, maxHeap / 4)
                        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, maxHeap / 2)
                        .setConfig(GraphDatabaseSettings.log_queries, LogQueryLevel.OFF)
                        .setConfig(GraphDatabaseSettings.udc_enabled, false)
                        // Netty's default 5 s quiet period, paid once per event-loop group, makes a
                        // clean shutdown take ~12 s; Bolt connections are already closed by then.
                        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)
                        .build();
                db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            } catch (RuntimeException e) {
                startFailure = e;
            }
        }

        if (startFailure != null) {
            if (isPortInUse(startFailure)) {
                fail(3, "Bolt port " + HOST + ":" + options.port + " is already in use ("
                        + rootMessage(startFailure) + ")");
            }
            startFailure.printStackTrace();
            fail(1, "Neo4j failed to start: " + rootMessage(startFailure) + "; see "
                    + home.resolve("logs").resolve("debug.log"));
        }

        if (!db.isAvailable(AVAILABILITY_TIMEOUT_MS)) {
            synchronized (LOCK) {
                if (shuttingDown) {
                    return; // asked to stop while starting: not an error
                }
            }
            fail(1, "default database '" + db.databaseName() + "' did not become available within "
                    + AVAILABILITY_TIMEOUT_MS / 1000 + " s; see " + home.resolve("logs").resolve("debug.log"));
        }

        System.out.println("NEO4J_READY bolt://" + HOST + ":" + options.port);
        System.out.flush();
        // main returns; Neo4j's non-daemon threads keep the JVM alive until a signal or stdin EOF.
    }

    /**
     * Standby mode (used by server/db/supervised-neo4j.ts): runs a throwaway DBMS in a temporary folder, without
     * Bolt, through one query and a shutdown, so that classes are loaded and the start-up code compiled before the
     * real store is needed. Measured with a 1 GB heap: a cold start costs about 10 s of CPU, a start after this
     * warm-up a fraction of it, which is what brings a crashed database back quickly on a busy machine.
     */
    private static void warmUp() {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("aimak-neo4j-warm-up-");
        } catch (IOException e) {
            System.err.println("EmbeddedNeo4j: warm-up skipped: " + e);
            return;
        }
        try {
            synchronized (LOCK) {
                if (shuttingDown) {
                    return;
                }
                service = new DatabaseManagementServiceBuilder(scratch)
                        .setConfig(BoltConnector.enabled, false)
                        .setConfig(HttpConnector.enabled, false)
                        .setConfig(GraphDatabaseSettings.routing_enabled, false)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(8))
                        .setConfig(GraphDatabaseSettings.udc_enabled, false)
                        .build();
            }
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (db.isAvailable(AVAILABILITY_TIMEOUT_MS)) {
                db.executeTransactionally("CREATE (:WarmUp {at: 1}) WITH 1 AS one MATCH (n:WarmUp) RETURN count(n)");
            }
        } catch (RuntimeException e) {
            System.err.println("EmbeddedNeo4j: warm-up failed (the start will be slower): " + rootMessage(e));
        } finally {
            synchronized (LOCK) {
                if (service != null) {
                    service.shutdown();
                    service = null;
                }
            }
            deleteRecursively(scratch);
        }
    }

    /** Blocks until stdin brings the line "start"; end of file means the parent is gone. */
    private static void awaitStartLine() {
        StringBuilder line = new StringBuilder();
        try {
            for (int c; (c = System.in.read()) != -1; ) {
                if (c != '\n') {
                    line.append((char) c);
                } else if (line.toString().trim().equals("start")) {
                    return;
                } else {
                    line.setLength(0);
                }
            }
        } catch (IOException ignored) {
            // A broken stdin means the parent is gone as well.
        }
        System.exit(0);
    }

    private static void deleteRecursively(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }

    private static void shutdown() {
        synchronized (LOCK) {
            shuttingDown = true;
            if (service != null) {
                DatabaseManagementService s = service;
                service = null;
                try {
                    s.shutdown();
                } catch (RuntimeException e) {
                    System.err.println("Neo4j shutdown failed: " + rootMessage(e));
                }
            }
        }
    }

    /** Exits (through the shutdown hook) once stdin is closed, e.g. because the parent died. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) != -1) {
                    // Input is ignored; only end-of-file matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone as well.
            }
            System.exit(0);
        }, "stdin-eof-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Netty's native transport reports EADDRINUSE as a BindException or only in the message. */
    private static boolean isPortInUse(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String message = c.getMessage();
            if (c instanceof BindException || (message != null && message.contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void fail(int code, String message) {
        System.err.println("EmbeddedNeo4j: " + message);
        System.exit(code);
    }

    /** Parsed command line. */
    private static final class Options {
        Path dataDir = Path.of(".data", "neo4j");
        int port = 7687;
        long pageCacheBytes = ByteUnit.parse("512m");
        boolean exitOnStdinEof;
        boolean standby;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--data-dir" -> o.dataDir = Path.of(value(args, ++i, arg));
                    case "--port" -> o.port = port(value(args, ++i, arg));
                    case "--page-cache" -> o.pageCacheBytes = size(value(args, ++i, arg));
                    case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                    case "--standby" -> o.standby = true;
                    case "--help", "-h" -> {
                        System.out.println(USAGE);
                        System.exit(0);
                    }
                    default -> usage("unknown argument: " + arg);
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length || args[i].startsWith("--")) {
                usage("missing value for " + flag);
            }
            return args[i];
        }

        private static int port(String s) {
            try {
                int p = Integer.parseInt(s);
                if (p >= 1 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            usage("invalid port: " + s);
            return -1;
        }

        private static long size(String s) {
            try {
                long bytes = ByteUnit.parse(s.toLowerCase(Locale.ROOT));
                if (bytes > 0) {
                    return bytes;
                }
            } catch (RuntimeException ignored) {
                // reported below
            }
            usage("invalid size: " + s + " (expected e.g. 512m or 2g)");
            return -1;
        }

        private static void usage(String error) {
            PrintStream err = System.err;
            err.println("EmbeddedNeo4j: " + error);
            err.println(USAGE);
            System.exit(2);
        }
    }
}
