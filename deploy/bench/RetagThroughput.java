import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The retag job's throughput against `taxonomist bench` on the same images (run by
 * deploy/bench/retag-throughput.sh; a single-file program: JDK only, no build).
 *
 * <p>The newest assets come first in a search without a query; the import's last uploads are
 * tagged last.
 *
 * <ul>
 *   <li>{@code prepare TUXPAINT_MANIFEST N DIR}: N distinct images (TuxPaint stamps; the k-th copy
 *       of a stamp differs in one pixel) and DIR/manifest.csv ({@code file,labels}, unlabelled).</li>
 *   <li>{@code await-import URL PASSWORD EXECUTION N}: waits for the import and for the tagging of
 *       its N uploads.</li>
 *   <li>{@code retag URL PASSWORD}: runs {@code retag} over all assets, prints its throughput.</li>
 * </ul>
 */
public class RetagThroughput {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "await-import" -> new Server(args[1], args[2]).awaitImport(args[3], Integer.parseInt(args[4]));
            case "retag" -> new Server(args[1], args[2]).retag();
            default -> throw new IllegalArgumentException("prepare | await-import | retag");
        }
    }

    static void prepare(Path tuxpaintManifest, int n, Path dir) throws Exception {
        List<Path> stamps = new ArrayList<>();
        for (String line : Files.readAllLines(tuxpaintManifest).subList(1, Files.readAllLines(tuxpaintManifest).size())) {
            stamps.add(Path.of(line.substring(1, line.indexOf('"', 1))));
        }
        Files.createDirectories(dir);
        StringBuilder manifest = new StringBuilder("file,labels\n");
        for (int i = 0; i < n; i++) {
            BufferedImage variant = ImageIO.read(stamps.get(i % stamps.size()).toFile());
            int copy = i / stamps.size();
            variant.setRGB(copy % variant.getWidth(), copy / variant.getWidth() % variant.getHeight(), 0xFF000000 | copy);
            String name = String.format("img-%05d.png", i);
            ImageIO.write(variant, "png", dir.resolve(name).toFile());
            manifest.append(name).append(",\n");
        }
        Files.writeString(dir.resolve("manifest.csv"), manifest);
        System.out.println(dir.resolve("manifest.csv"));
    }

    record Server(HttpClient http, String base, String auth) {

        Server(String base, String password) {
            this(HttpClient.newHttpClient(), base.endsWith("/") ? base : base + "/",
                    "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }

        String call(String method, String path) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        static String value(String json, String name) {
            Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
            return m.find() ? m.group(1) : null;
        }

        String awaitEnd(String execution) throws Exception {
            while (true) {
                String json = call("GET", "api/jobs/executions/" + execution);
                String status = value(json, "status");
                if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status)) {
                    return json;
                }
                Thread.sleep(1000);
            }
        }

        void awaitImport(String execution, int n) throws Exception {
            String json = awaitEnd(execution);
            System.out.println("import: " + value(json, "status") + ", " + value(json, "done") + " rows");
            long total = Long.parseLong(value(call("GET", "api/search"), "total"));
            System.out.println(total + " assets (identical images are stored once) from " + n + " rows");
            // The uploads are tagged in the background: wait until the last ones are.
            String hits = call("GET", "api/search?limit=20");
            Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(hits);
            while (ids.find()) {
                while (!"done".equals(value(call("GET", "api/assets/" + ids.group(1)), "tagging"))) {
                    Thread.sleep(1000);
                }
            }
        }

        void retag() throws Exception {
            String started = call("POST", "api/jobs/retag?scope=all");
            String json = awaitEnd(value(started, "executionId"));
            long done = Long.parseLong(value(json, "done"));
            java.time.Duration took = java.time.Duration.between(java.time.Instant.parse(value(json, "started")),
                    java.time.Instant.parse(value(json, "ended")));
            System.out.printf("retag: %s, %d assets in %.1f s: %.1f images/s, %d cores%n", value(json, "status"), done,
                    took.toMillis() / 1000.0, done / (took.toMillis() / 1000.0), Runtime.getRuntime().availableProcessors());
        }
    }
}
