package org.taxonomist.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A console session over plain HTTP (form login, session cookie), for requests no browser page would send. */
final class ConsoleSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private final HttpClient http = HttpClient.newBuilder()
            .version(Api.PROTOCOL)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    private ConsoleSession(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    }

    static ConsoleSession logIn(URI base, String user, String password) {
        ConsoleSession session = new ConsoleSession(base);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:login-button", "");
        HttpResponse<String> answer =
                session.post("login.xhtml", viewState(session.get("login.xhtml").body()), form);
        if (answer.statusCode() != 302
                || !answer.headers().firstValue("Location").orElse("").contains("index.xhtml")) {
            throw new IllegalStateException("console login failed: " + answer.statusCode() + " "
                    + answer.headers().map());
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts a page's form as the page would, with the view state given (a page's own or a forged one). */
    HttpResponse<String> post(String path, String viewState, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String viewState(String page) {
        return find(VIEW_STATE, page, "view state");
    }

    /** The script nonce PrimeFaces gave the page; its forms send it back as {@code primefaces.nonce}. */
    static String nonce(String page) {
        return find(NONCE, page, "script nonce");
    }

    private static String find(Pattern pattern, String page, String what) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " on the page: " + page);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
