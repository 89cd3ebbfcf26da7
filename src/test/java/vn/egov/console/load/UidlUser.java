package vn.egov.console.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated person with a browser tab, speaking Vaadin Flow's client protocol over plain HTTP: the login form,
 * the bootstrap request ({@code ?v-r=init}) and UIDL messages ({@code ?v-r=uidl}) carrying the same RPCs the Flow
 * client would send (router navigation, the grid asking for rows, acknowledgements of data updates). It renders
 * nothing, so hundreds of them fit on the machine that runs the server; the server does exactly the work a browser
 * would make it do.
 */
final class UidlUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final LatencyRecorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, String> errorMessages = new HashMap<>();
    private final java.util.Set<Integer> nodes = new java.util.HashSet<>();
    private final Map<Integer, Integer> pageSizes = new HashMap<>();
    /** The row count each grid told its connector ({@code updateSize}); an estimate while the end is not reached. */
    private final Map<Integer, Integer> sizes = new HashMap<>();
    private final List<ObjectNode> acknowledgements = new ArrayList<>();
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private int promise;

    UidlUser(HttpClient http, URI base, LatencyRecorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    /** Opens the login page and posts the login form with its CSRF token, as the login view does. */
    void login(String username, String password) {
        HttpResponse<String> page = send(get("login"), "login page");
        Matcher csrf = CSRF_META.matcher(page.body());
        if (!csrf.find()) throw new LoadError("login page without a CSRF token");
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> result = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "login post");
        String location = result.headers().firstValue("Location").orElse("");
        if (result.statusCode() != 302 || location.contains("error")) {
            throw new LoadError("login of " + username + " refused: " + result.statusCode() + " " + location);
        }
    }

    /**
     * Signs in an account that must pass a second factor (ADMIN): the password, then the code typed into the
     * second-factor page and its button pressed, as a person does. The console takes each code once per account.
     */
    void login(String username, String password, Supplier<String> authenticatorCode) {
        login(username, password);
        open("second-factor");
        if (!ids.containsKey("second-factor-code")) return; // no second factor asked for
        int field = nodeWithId("second-factor-code");
        ObjectNode typed = JSON.createObjectNode();
        typed.put("type", "mSync");
        typed.put("node", field);
        typed.put("feature", 1); // the element's properties
        typed.put("property", "value");
        typed.put("value", authenticatorCode.get());
        ObjectNode click = JSON.createObjectNode();
        click.put("type", "event");
        click.put("node", nodeWithId("second-factor-submit"));
        click.put("event", "click");
        ObjectNode data = click.putObject("data");
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail",
                "event.button")) {
            data.put(key, 0);
        }
        for (String key : List.of("event.shiftKey", "event.ctrlKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        uidl(List.of(typed, click), "second factor");
        // accepted: the page is reloaded as home; refused: the field shows why
        String refusal = errorMessages.getOrDefault(field, "");
        if (!refusal.isEmpty()) throw new LoadError("second factor of " + username + " refused: " + refusal);
    }

    /** Another tab of the same signed-in person: the same session cookies, its own UI once it opens a page. */
    UidlUser newTab() {
        UidlUser tab = new UidlUser(http, base, recorder);
        tab.cookies.putAll(cookies);
        return tab;
    }

    /** A full page load of a route: the HTML page, the bootstrap of a new UI, then the router renders the view. */
    void open(String route) {
        send(get(route), "page " + label(route));
        HttpResponse<String> init = send(get("?v-r=init&location=" + enc(route) + "&query="), "init " + label(route));
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = -1;
        clientId = 0;
        tags.clear();
        ids.clear();
        errorMessages.clear();
        nodes.clear();
        apply(uidl);
        navigate(route, "");
    }

    /** A click on a link of the side navigation: the Flow router asks the server to show the route. */
    void navigate(String route) {
        navigate(route, "link");
    }

    private void navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        event.set("data", data);
        uidl(List.of(event), "navigate " + label(route));
    }

    /** The page size of the (first) grid of the view: the unit in which its connector asks for rows. */
    int gridPageSize() {
        return pageSizes.getOrDefault(nodeWithTag("vaadin-grid"), 50);
    }

    /**
     * Scrolls the (first) grid of the view so that rows from {@code first} on are in view, as the grid connector asks;
     * like the browser's grid, never past the row count the server last announced. False when the end is reached
     * (nothing sent): a person stops there.
     */
    boolean scrollGrid(int first, int count) {
        int grid = nodeWithTag("vaadin-grid");
        int size = sizes.getOrDefault(grid, Integer.MAX_VALUE);
        if (first >= size) return false;
        uidl(List.of(serverCall(grid, "setViewportRange", first, Math.min(count, size - first))), "grid scroll");
        return true;
    }

    /** The heartbeat every open tab sends (every 5 minutes by default): the UI is alive and idle. */
    void heartbeat() {
        if (uiId < 0) return; // no page open, no tab to beat
        HttpResponse<String> beat = send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()), "heartbeat");
        if (beat.statusCode() != 200) throw new LoadError("heartbeat answered " + beat.statusCode());
    }

    boolean shows(String tag) {
        return tags.containsValue(tag);
    }

    private int nodeWithId(String id) {
        Integer node = ids.get(id);
        if (node == null) throw new LoadError("no element #" + id + " on the page");
        return node;
    }

    int nodeWithTag(String tag) {
        return tags.entrySet().stream().filter(e -> tag.equals(e.getValue())).mapToInt(Map.Entry::getKey).min()
                .orElseThrow(() -> new LoadError("no <" + tag + "> on the page"));
    }

    /** How many state nodes of this UI are attached (each is server-side state too). */
    int stateNodes() {
        return nodes.size();
    }

    /** Attached state nodes by element tag (nodes with no tag are text nodes or features' own nodes), most first. */
    Map<String, Long> tagCensus() {
        Map<String, Long> census = new java.util.TreeMap<>();
        for (int node : nodes) census.merge(tags.getOrDefault(node, "(no tag)"), 1L, Long::sum);
        return census;
    }

    private ObjectNode serverCall(int node, String method, int... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode a = rpc.putArray("templateEventMethodArgs");
        for (int arg : args) a.add(arg);
        rpc.put("promise", promise++);
        return rpc;
    }

    /** Sends one UIDL message, then the acknowledgements the response asked for (as the Flow client does at once). */
    private void uidl(List<ObjectNode> rpcs, String label) {
        exchange(rpcs, label);
        while (!acknowledgements.isEmpty()) {
            List<ObjectNode> acks = List.copyOf(acknowledgements);
            acknowledgements.clear();
            exchange(acks, "confirm update");
        }
    }

    private void exchange(List<ObjectNode> rpcs, String label) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        rpcs.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))), label);
        String body = response.body();
        if (body.startsWith("for(;;);")) body = body.substring("for(;;);".length());
        JsonNode parsed = JSON.readTree(body);
        if (parsed.isArray()) parsed = parsed.get(0);
        JsonNode meta = parsed.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired")) {
            throw new LoadError(label + ": server answered " + meta);
        }
        apply(parsed);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) syncId = uidl.get("syncId").asInt();
        if (uidl.has("clientId")) clientId = uidl.get("clientId").asInt();
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString();
            if ("attach".equals(type)) {
                nodes.add(node);
            } else if ("put".equals(type) && "pageSize".equals(change.path("key").asString())) {
                pageSizes.put(node, change.path("value").asInt());
            } else if ("put".equals(type) && "tag".equals(change.path("key").asString())) {
                tags.put(node, change.path("value").asString());
            } else if ("put".equals(type) && "errorMessage".equals(change.path("key").asString())) {
                errorMessages.put(node, change.path("value").asString(""));
            } else if ("put".equals(type) && "id".equals(change.path("key").asString())) {
                ids.put(change.path("value").asString(), node);
            } else if ("detach".equals(type)) {
                tags.remove(node);
                ids.values().remove(node);
                nodes.remove(node);
            }
        }
        for (JsonNode call : uidl.path("execute")) {
            String script = call.get(call.size() - 1).asString();
            if (script.contains("$connector.updateSize(") && call.get(0).has("@v-node")) {
                sizes.put(call.get(0).get("@v-node").asInt(), call.get(1).asInt());
            }
            // grid and combo box connectors acknowledge each data update; the server keeps old rows until they do
            if (script.contains("$connector.confirm(") && call.get(0).has("@v-node")) {
                acknowledgements.add(serverCall(call.get(0).get("@v-node").asInt(), "confirmUpdate",
                        call.get(1).asInt()));
            }
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String label) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        request.timeout(TIMEOUT);
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            recorder.error(label, e.toString());
            throw new LoadError(label + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError(label + ": interrupted");
        }
        long micros = (System.nanoTime() - start) / 1_000;
        response.headers().allValues("Set-Cookie").forEach(this::remember);
        if (response.statusCode() >= 400) {
            recorder.error(label, "HTTP " + response.statusCode());
            throw new LoadError(label + ": HTTP " + response.statusCode());
        }
        recorder.record(label, micros);
        return response;
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }

    private static String label(String route) {
        return route.isEmpty() ? "home" : route;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Something a browser user would have seen as a failure (error page, error notification, expired session). */
    static final class LoadError extends RuntimeException {
        LoadError(String message) {
            super(message);
        }
    }
}
