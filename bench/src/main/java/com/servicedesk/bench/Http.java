package com.servicedesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP/1.1 client for the server on loopback: HTTP Basic for the API, a cookie session for the portal. */
final class Http {

    /** The server, or the balancer in front of a cluster ({@code -Dbench.host}). */
    static final String HOST = System.getProperty("bench.host", "http://127.0.0.1:8080");
    static final String SERVER = HOST + "/servicedesk/";
    static final String API = SERVER + "api/v1/";
    /** The test kit of the demo EAR: run a timer's job at once. */
    static final String TEST_KIT = HOST + "/servicedesk-test-kit/test-support/";
    static final String PASSWORD = "Demo#2026";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** One answer: status, body, the ETag if any, and how long it took. */
    record Reply(int status, String body, String etag, long nanos) {
    }

    private final HttpClient client;
    private final CookieManager cookies;

    Http() {
        this(null);
    }

    private Http(CookieManager cookies) {
        this.cookies = cookies;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        client = builder.build();
    }

    Reply get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null, null, Map.of());
    }

    Reply post(String user, String path, String json, Map<String, String> headers) throws IOException, InterruptedException {
        return send(user, "POST", path, "application/json", json, headers);
    }

    /** Any request to the API; {@code user} null sends no credentials. */
    Reply send(String user, String method, String path, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", basic(user, PASSWORD));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return exchange(request.build());
    }

    /** Uploads {@code length} bytes from a fresh stream as an evidence file; the reply body is the JSON answer. */
    Reply upload(String user, String path, String contentType, String name,
                 java.util.function.Supplier<java.io.InputStream> content) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", basic(user, PASSWORD)).header("Content-Type", contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofInputStream(content)).build());
    }

    /** Downloads into a sink as the bytes arrive; the status and how long it took. */
    Reply download(String user, String path, java.util.function.Consumer<byte[]> sink) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(URI.create(API + path))
                .timeout(Duration.ofMinutes(5)).header("Authorization", basic(user, PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sink.accept(java.util.Arrays.copyOf(buffer, n));
            }
        }
        return new Reply(response.statusCode(), "", response.headers().firstValue("X-Content-SHA256").orElse(null),
                System.nanoTime() - started);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Reply exchange(HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null),
                System.nanoTime() - started);
    }

    /** A portal session: logs in through the login form, as a browser would. */
    static Http portal(String user) throws IOException, InterruptedException {
        Http http = new Http(new CookieManager());
        Reply login = http.page("login.xhtml");
        Matcher state = VIEW_STATE.matcher(login.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page: " + login.status());
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + user + "&loginForm%3Apassword="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&loginForm%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        Reply posted = http.exchange(HttpRequest.newBuilder(URI.create(SERVER + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (posted.status() != 302 && posted.status() != 303) {
            throw new IllegalStateException("portal login as " + user + " failed: " + posted.status());
        }
        return http;
    }

    /** A cookie of this portal session (the balancer's affinity cookie, say), or null. */
    String cookie(String name) {
        return cookies == null ? null : cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Posts a portal form as a browser does without script (a command button's name among the fields). */
    Reply form(String path, String fields) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(URI.create(SERVER + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build());
    }

    /** The view state of a portal page, for its next postback. */
    static String viewState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        return state.group(1);
    }

    /** A portal page in this session. */
    Reply page(String path) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(URI.create(SERVER + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }
}
