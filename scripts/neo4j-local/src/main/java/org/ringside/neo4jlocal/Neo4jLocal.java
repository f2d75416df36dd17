package org.ringside.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community, embedded, with Bolt on loopback: the database Ringside runs on where there is no Docker.
 *
 * <p>Usage: {@code Neo4jLocal --data DIR --port N [--page-cache 512m] [--tx-timeout-seconds 60]
 * [--exit-on-stdin-eof] [--import-dir DIR]}. Prints {@code neo4j ready bolt://127.0.0.1:N} once Bolt accepts
 * connections, and shuts the database down cleanly on SIGTERM/SIGINT (a JVM shutdown hook). With
 * {@code --exit-on-stdin-eof} it also stops when its parent closes stdin, so a crashed parent never leaves an
 * orphaned database holding the store lock. LOAD CSV may read local files only under {@code --import-dir}.
 */
public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only and no HTTP connector: nothing outside this machine can reach it.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                .setConfig(GraphDatabaseSettings.transaction_timeout, options.transactionTimeout)
                // Bolt waits 5 s twice at shutdown for idle connections and threads; a local tool need not.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                // LOAD CSV may read local files only where the benchmark asks for it (its comparison run).
                .setConfig(GraphDatabaseSettings.allow_file_urls, options.importDir != null);
        if (options.importDir != null) {
            builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, options.importDir);
        }
        DatabaseManagementService service = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j stopping");
            service.shutdown();
            System.out.println("neo4j stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        waitForBolt(options.port, Duration.ofSeconds(60));
        System.out.println("neo4j ready bolt://" + HOST + ":" + options.port);
        System.out.flush();

        if (options.exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.exit(0);
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /** Bolt binds asynchronously after build(); poll the socket so "ready" means a driver can connect. */
    private static void waitForBolt(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Bolt did not open on " + HOST + ":" + port + " within " + timeout);
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException closed) {
            // A broken pipe means the parent has gone, same as EOF.
        }
    }

    private record Options(
            Path dataDir,
            int port,
            long pageCacheBytes,
            Duration transactionTimeout,
            boolean exitOnStdinEof,
            Path importDir) {
        static Options parse(String[] args) {
            Path dataDir = null;
            int port = 7687;
            long pageCache = ByteUnit.mebiBytes(512);
            Duration txTimeout = Duration.ofSeconds(120);
            boolean exitOnStdinEof = false;
            Path importDir = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> dataDir = Path.of(value(args, ++i)).toAbsolutePath();
                    case "--port" -> port = Integer.parseInt(value(args, ++i));
                    case "--page-cache" -> pageCache = ByteUnit.parse(value(args, ++i));
                    case "--tx-timeout-seconds" -> txTimeout = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                    case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                    case "--import-dir" -> importDir = Path.of(value(args, ++i)).toAbsolutePath();
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            return new Options(dataDir, port, pageCache, txTimeout, exitOnStdinEof, importDir);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }
}
