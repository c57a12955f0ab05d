package dealgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A real Neo4j Community server for dealgraph's tests, run in this JVM.
 *
 * <p>Usage: {@code java -Xmx512m -jar neo4j-launcher.jar HOME_DIR} with the
 * password of the {@code neo4j} user in the environment variable
 * {@code DEALGRAPH_NEO4J_PASSWORD} (at least 8 characters). The server keeps
 * its files under HOME_DIR, listens for Bolt on 127.0.0.1 only, on a free
 * port, with authentication on, and prints one line once it takes
 * connections:
 *
 * <pre>READY bolt://127.0.0.1:41234</pre>
 *
 * <p>It stops when its standard input reaches end of file, which is what
 * happens when the process that started it exits, however it exits
 * (SIGKILL included): no test run leaves a JVM behind.
 */
public final class Neo4jLauncher {
    static final String PASSWORD_ENV = "DEALGRAPH_NEO4J_PASSWORD";
    static final String HOST = "127.0.0.1";
    static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;
    static final int START_ATTEMPTS = 5;

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            fail("usage: java -jar neo4j-launcher.jar HOME_DIR");
        }
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.length() < 8) {
            fail(PASSWORD_ENV + " must hold the password to set (at least 8 characters)");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = 0;
        DatabaseManagementService dbms = null;
        for (int attempt = 1; dbms == null; attempt++) {
            port = freePort();
            try {
                dbms = start(home, port);
            } catch (RuntimeException exc) {
                // another process took the port between probe and bind
                if (attempt >= START_ATTEMPTS) {
                    throw exc;
                }
            }
        }
        DatabaseManagementService running = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(running::shutdown, "neo4j-shutdown"));
        setPassword(running, password);
        System.out.println("READY bolt://" + HOST + ":" + port);
        System.out.flush();
        waitForEndOfInput(System.in);
        System.exit(0); // runs the shutdown hook
    }

    /** The embedded server, Bolt on HOST:port (advertised as such, so that routing tables point back here). */
    static DatabaseManagementService start(Path home, int port) {
        SocketAddress bolt = new SocketAddress(HOST, port);
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // the tests present wrong credentials on purpose; Neo4j's default of 3 failures
                // would then lock the right ones out for 5 s and fail the next test
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 1000)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
    }

    /** Sets the password of the built-in {@code neo4j} user; no change is asked for at first login. */
    static void setPassword(DatabaseManagementService dbms, String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return probe.getLocalPort();
        }
    }

    /** Blocks until the parent closes our standard input (or dies). */
    static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // input is ignored; only its end matters
            }
        } catch (IOException exc) {
            // a broken pipe is the same as end of file: the parent is gone
        }
    }

    static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}
