import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upload-to-suggestion latency against a running server, through its REST API only: labels a
 * training share of a manifest's images in a single-valued field (their first label), trains and
 * activates that field's model, then uploads the other images one at a time and measures, per
 * upload, the time from sending it to the asset's tagging being done (suggestions stored). Prints
 * p50, p95 and max, and how many uploads got a suggestion from the trained model.
 *
 * <p>Run by deploy/bench/upload-latency.sh (a single-file program: JDK only, no build).
 * Arguments: URL ADMIN_PASSWORD MANIFEST TRAIN_COUNT UPLOAD_COUNT
 */
public class UploadLatency {

    static final String FIELD = "Bench category";
    static final Duration POLL = new Duration(10);

    record Duration(long millis) {
    }

    record Entry(Path file, String label) {
    }

    final HttpClient http = HttpClient.newHttpClient();
    final String base;
    final String auth;

    UploadLatency(String base, String password) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        UploadLatency bench = new UploadLatency(args[0], args[1]);
        List<Entry> entries = manifest(Path.of(args[2]));
        Collections.shuffle(entries, new Random(42));
        int train = Integer.parseInt(args[3]);
        int uploads = Integer.parseInt(args[4]);
        bench.run(entries.subList(0, train), entries.subList(train, Math.min(entries.size(), train + uploads)));
    }

    void run(List<Entry> training, List<Entry> measured) throws Exception {
        TreeSet<String> terms = new TreeSet<>();
        training.forEach(e -> terms.add(e.label()));
        String list = String.join(",", terms.stream().map(t -> "\"" + t + "\"").toList());
        send("POST", "api/taxonomy", "{\"name\":\"" + FIELD + "\",\"multiValued\":false,\"terms\":[" + list + "],\"pretrainedModel\":null}");
        for (Entry e : training) {
            long id = upload(e.file());
            expect(200, send("PUT", "api/assets/" + id + "/fields/" + encode(FIELD) + "/" + encode(e.label()), null));
        }
        System.out.printf("labelled %d assets with %d terms%n", training.size(), terms.size());

        long start = System.nanoTime();
        HttpResponse<String> job = expect(202, send("POST", "api/jobs/train-heads?activate=true&field=" + encode(FIELD), null));
        String execution = "api/jobs/executions/" + number(job.body(), "executionId");
        String status;
        do {
            Thread.sleep(1000);
            status = text(send("GET", execution, null).body(), "status");
        } while (status.equals("STARTING") || status.equals("STARTED"));
        System.out.printf("train-heads %s in %.0f s: %s%n", status, (System.nanoTime() - start) / 1e9,
                text(send("GET", execution, null).body(), "exitStatus"));

        List<Double> latencies = new ArrayList<>();
        int suggested = 0;
        for (Entry e : measured) {
            long sent = System.nanoTime();
            long id = upload(e.file());
            String asset;
            do {
                Thread.sleep(POLL.millis());
                asset = send("GET", "api/assets/" + id, null).body();
            } while (text(asset, "tagging").equals("waiting"));
            latencies.add((System.nanoTime() - sent) / 1e6);
            if (asset.contains("\"field\":\"" + FIELD + "\"")) {
                suggested++;
            }
        }
        Collections.sort(latencies);
        System.out.printf("upload-to-suggestion over %d uploads (polled every %d ms): p50=%.0f ms p95=%.0f ms max=%.0f ms; "
                        + "%d got a %s suggestion%n", latencies.size(), POLL.millis(), percentile(latencies, 50),
                percentile(latencies, 95), latencies.get(latencies.size() - 1), suggested, FIELD);
    }

    long upload(Path file) throws IOException, InterruptedException {
        String boundary = "----bench" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(request("api/assets")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 409) {
            throw new IllegalStateException("Already uploaded: " + file + " — run the bench on a fresh TAXONOMIST_HOME");
        }
        return number(expect(201, answer).body(), "id");
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth);
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    /** The manifest's images with their first label (file,labels; quoted or not); unlabelled rows are left out. */
    static List<Entry> manifest(Path manifest) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(manifest).subList(1, Files.readAllLines(manifest).size())) {
            String[] columns = line.replace("\"", "").split(",", 2);
            String label = columns[1].split("\\|")[0];
            if (!label.isBlank()) {
                Path file = Path.of(columns[0]);
                entries.add(new Entry(file.isAbsolute() ? file : manifest.resolveSibling(file), label));
            }
        }
        return entries;
    }

    static double percentile(List<Double> sorted, int p) {
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    }

    static long number(String json, String key) {
        return Long.parseLong(match(json, "\"" + key + "\":(\\d+)"));
    }

    static String text(String json, String key) {
        return match(json, "\"" + key + "\":\"([^\"]*)\"");
    }

    static String match(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in " + json);
        }
        return m.group(1);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
