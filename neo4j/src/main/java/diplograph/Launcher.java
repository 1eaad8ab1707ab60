package diplograph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, for diplograph's own use.
 * Arguments are key=value pairs: home, host, port, pagecache (e.g. 512m), password (optional:
 * auth is off without it). Prints "diplograph-neo4j ready" once Bolt accepts connections and
 * shuts the database down cleanly on SIGTERM / SIGINT.
 */
public final class Launcher {
    public static void main(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                System.err.println("diplograph-neo4j: argument must be key=value: " + arg);
                System.exit(2);
            }
            opts.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Path home = Path.of(opts.getOrDefault("home", ".neo4j")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        String password = opts.getOrDefault("password", "");

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(opts.getOrDefault("pagecache", "512m")))
                .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
                // Long ingest batches must not be cut short; API queries set their own timeouts.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "diplograph-neo4j-shutdown"));

        if (!password.isEmpty()) {
            // The built-in user starts with a password that must be changed; set ours through the
            // system database, which embedded access reaches without authentication.
            GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            system.executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED",
                    Map.of("pw", password));
        }
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("diplograph-neo4j ready on bolt://" + host + ":" + port);
        System.out.flush();
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k') unit = ByteUnit.kibiBytes(1);
        if (last == 'm') unit = ByteUnit.mebiBytes(1);
        if (last == 'g') unit = ByteUnit.gibiBytes(1);
        String digits = Character.isDigit(last) ? t : t.substring(0, t.length() - 1);
        return Long.parseLong(digits) * unit;
    }
}
