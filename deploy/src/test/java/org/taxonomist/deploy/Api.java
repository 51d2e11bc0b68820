package org.taxonomist.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.imageio.ImageIO;

/** A small REST client for the tests: Basic auth, JSON answers, multipart uploads. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1, as browsers speak over plain HTTP: the JDK client's default asks to upgrade to HTTP/2
     * in the clear (h2c), and once (a PUT of TaggingFlowIT) Payara answered in HTTP/1.1 after agreeing to it
     * ("Frame type(80) length(4740180) exceeds MAX_FRAME_SIZE", the bytes of "HTTP" read as a frame).
     */
    static final HttpClient.Version PROTOCOL = HttpClient.Version.HTTP_1_1;

    private final HttpClient http = HttpClient.newBuilder()
            .version(PROTOCOL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final String authorization;

    /** One answer: status, JSON body (null when the body is not JSON) and headers. */
    record Answer(int status, JsonNode json, String body, HttpHeaders headers) {}

    Api(URI base, String user, String password) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Api as(String user, String password) {
        return new Api(base, user, password);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts what Chromium's image elements and downloads accept (thumbnails, originals, CSV). */
    Answer getFile(String path) {
        return send(request(path)
                .setHeader("Accept", "image/avif,image/webp,image/apng,image/*,*/*;q=0.8")
                .GET());
    }

    /** The bytes at {@code path} (a binary resource); fails unless the answer is 200. */
    byte[] bytes(String path) {
        return body(path, "application/octet-stream");
    }

    /** The image at {@code path} (a thumbnail), decoded; fails unless the answer is 200. */
    BufferedImage image(String path) {
        try {
            return ImageIO.read(new ByteArrayInputStream(body(path, "image/*")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] body(String path, String accepted) {
        try {
            HttpResponse<byte[]> response = http.send(
                    request(path).setHeader("Accept", accepted).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    Answer put(String path) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    Answer put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /** A GET that a page of another site makes a browser send (an image element, say), saved credentials attached. */
    Answer getFromSite(String path) {
        return send(request(path).header("Sec-Fetch-Site", "cross-site").GET());
    }

    /** A body-less form POST as a page of another site makes a browser send it, saved credentials attached. */
    Answer postFromSite(String path, String origin) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** POST of raw bytes with a content type (a zip to import, say). */
    Answer post(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer upload(String fileName, byte[] content, String title, String keywords) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", title);
        texts.put("keywords", keywords);
        return multipart("api/assets", fileName, content, texts);
    }

    /** A multipart POST: the text parts (null values left out), then the file as part {@code file}. */
    Answer multipart(String path, String fileName, byte[] content, Map<String, String> texts) {
        String boundary = "----taxonomist" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        texts.forEach((name, value) -> writeText(body, boundary, name, value));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Polls a GET until its answer passes the test, or fails after the timeout. A refused or
     * dropped connection counts as "not yet": a server that has just started may still be
     * (re)opening its listener.
     */
    Answer await(String path, Predicate<Answer> until, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            try {
                Answer answer = get(path);
                if (until.test(answer)) {
                    return answer;
                }
                last = answer;
            } catch (UncheckedIOException notListening) {
                last = notListening;
            }
            sleep(500);
        }
        throw new AssertionError("Timed out after " + timeout + " waiting on " + path + "; last answer: " + last);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body().isBlank() ? null : JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = null;
            }
            return new Answer(response.statusCode(), json, response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeText(ByteArrayOutputStream body, String boundary, String name, String value) {
        if (value != null) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                            + "\r\n");
        }
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
