package org.taxonomist.searchnode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs one OpenSearch node on the loopback interface until stopped, for several Taxonomist servers to share: its data
 * in a folder that outlives it, the k-NN plugin loaded from the classpath (its Lucene engine, which needs no native
 * library). Arguments: the data folder and the HTTP port. Prints {@code search node ready on <url>} once the cluster
 * takes requests.
 */
public final class SearchNode {

    private SearchNode() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: SearchNode <data folder> <http port>");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(data);
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(port); // the runner otherwise takes only ports up to 9299
        runner.onBuild((index, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", port);
            // One node: an index's replicas would have nowhere to go and keep the cluster yellow.
            settings.put("cluster.default_number_of_replicas", 0);
        });
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(data.toString())
                .numOfNode(1)
                .baseHttpPort(port - 1) // the runner numbers nodes from 1
                .clusterName("taxonomist")
                .pluginTypes("org.opensearch.knn.plugin.KNNPlugin")
                .useLogger());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                System.err.println("Closing the search node: " + e.getMessage());
            }
        }));
        runner.ensureYellow();
        System.out.println("search node ready on http://127.0.0.1:" + port + "/");
        Thread.currentThread().join();
    }
}
