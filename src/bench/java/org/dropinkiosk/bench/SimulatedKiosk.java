package org.dropinkiosk.bench;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One kiosk screen without a browser: its own Vaadin session, driven over HTTP with the requests Vaadin's
 * own client sends (the bootstrap page, {@code ?v-r=init}, a {@code ui-navigate} event, then one
 * {@code ?v-r=uidl} request per tap with a {@code click} event), recorded from a real Chromium session.
 * It keeps the server's node tree from the answers, so it finds a button by its spoken name as a visitor
 * would and reads the screen's text; it fetches each new picture once (the browser's cache) and, on
 * Listen, the speech the kiosk's script would fetch. A tap's time is from sending the click to the answer
 * read and applied: the app's part of tap to screen change, without a browser's drawing.
 * Why it exists: 30 Chromium pages on this 2-core machine measure Chromium, not the app (decision 916).
 */
final class SimulatedKiosk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READABLE = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li");
    /** Feature numbers of Vaadin Flow's state tree (com.vaadin.flow.internal.nodefeature.NodeFeatures). */
    private static final int ELEMENT_DATA = 0;

    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int VIRTUAL_CHILDREN = 24;

    /** What the server's state tree says about one node; text nodes have text and no tag. */
    private static final class Node {
        String tag;
        String text;
        boolean visible = true;
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        /** Elements attached outside the parent's own children, like the UI's content under body. */
        final List<Integer> virtualChildren = new ArrayList<>();

        List<Integer> all() {
            List<Integer> both = new ArrayList<>(children);
            both.addAll(virtualChildren);
            return both;
        }
    }

    /** One client for every simulated kiosk (its connection pool and one selector thread); cookies are per kiosk. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String origin;
    /** This kiosk's cookies (its session), as its own browser would keep them. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final Set<String> cached = new HashSet<>();
    private String csrf;
    private int uiId;
    private int syncId;
    private int clientId;
    private String path = "/";
    /** The screen's own timers (setTimeout calling back to the server), as the browser would run them. */
    private final List<Timer> timers = new ArrayList<>();

    private record Timer(long dueNanos, int node, String method, Object argument) {}

    private static final Pattern SERVER_TIMER =
            Pattern.compile("setTimeout\\(\\(\\) => \\w+\\.\\$server && \\w+\\.\\$server\\.(\\w+)\\(\\$0\\), \\$1\\)");

    /** Every answer that was not what a browser would accept, in words; empty when all went well. */
    final List<String> errors = new ArrayList<>();

    SimulatedKiosk(String origin) {
        this.origin = origin;
    }

    /** Opens the kiosk at this path, as a browser does when Chromium starts on it. */
    SimulatedKiosk open(String at) throws IOException, InterruptedException {
        path = at;
        get(at);
        String location = URLEncoder.encode(at.substring(1), StandardCharsets.UTF_8);
        String init = get(
                "/?v-r=init&location=" + location + "&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280"
                        + "&v-curdate=" + System.currentTimeMillis()
                        + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-"
                        + Math.random()
                        + "&v-td=true&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary"
                        + "&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false");
        JsonNode config = JSON.readTree(init).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", at);
        data.put("query", "");
        data.put("appShellTitle", "Drop-in Kiosk");
        data.put("historyState", Map.of("idx", 0));
        data.put("trigger", "");
        send(1, "ui-navigate", data);
        loadPictures();
        return this;
    }

    /** Taps the visible button with this spoken name (data-say, aria-label or its words); milliseconds, or -1. */
    double tap(String name) throws IOException, InterruptedException {
        Integer button = find(name);
        if (button == null) {
            errors.add("no button '" + name + "' on " + path + " (the screen says: " + abbreviate(screenText()) + ")");
            return -1;
        }
        return tapNode(button, name);
    }

    /** Whether a visible button with this spoken name is on screen. */
    boolean has(String name) {
        return find(name) != null;
    }

    /** Taps the element with this id (the frame's Home, Help, Listen); milliseconds, or -1. */
    double tapId(String id) throws IOException, InterruptedException {
        Integer button = reachable(1).stream()
                .filter(n -> id.equals(nodes.get(n).attributes.get("id")))
                .findFirst()
                .orElse(null);
        if (button == null) {
            errors.add("no element #" + id + " on " + path);
            return -1;
        }
        return tapNode(button, id);
    }

    private double tapNode(int node, String what) throws IOException, InterruptedException {
        Node n = nodes.get(node);
        String hash = n.listeners.get("click");
        Map<String, Object> data = new LinkedHashMap<>();
        JsonNode expressions = hash == null ? null : constants.get(hash);
        if (expressions != null) {
            for (String expression : expressions.propertyNames()) {
                if (expression.startsWith("event.")) {
                    data.put(
                            expression,
                            expression.endsWith("Key")
                                    ? (Object) false
                                    : (Object) (expression.equals("event.detail") ? 1 : 0));
                }
            }
        }
        long t = System.nanoTime();
        int changes = send(node, "click", data);
        double ms = (System.nanoTime() - t) / 1e6;
        String say = n.attributes.get("data-say");
        if (say != null) {
            fetch("/speech/audio?pace=normal&text=" + URLEncoder.encode(say, StandardCharsets.UTF_8));
        }
        loadPictures();
        if (changes < 0) {
            return -1;
        }
        if (changes == 0 && !"kiosk-listen".equals(n.attributes.get("id"))) {
            errors.add("a tap on '" + what + "' changed nothing on " + path);
            return -1;
        }
        return ms;
    }

    /**
     * Listen, as the kiosk's speech script does it: the tap, then for every readable block of the screen its
     * word timings and its sound. Returns milliseconds from the tap to the first sound received, or -1.
     */
    double listen() throws IOException, InterruptedException {
        long t = System.nanoTime();
        if (tapId("kiosk-listen") < 0) {
            return -1;
        }
        double first = -1;
        for (String text : readables()) {
            String q = "pace=normal&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
            fetch("/speech/timings?" + q);
            if (fetch("/speech/audio?" + q) && first < 0) {
                first = (System.nanoTime() - t) / 1e6;
            }
        }
        return first;
    }

    /**
     * Waits for the screen's next timer, as a visitor waits for the kiosk to move on by itself, and runs it;
     * false when the screen has no timer.
     */
    boolean awaitTimer() throws IOException, InterruptedException {
        if (timers.isEmpty()) {
            return false;
        }
        Timer next = timers.removeFirst();
        long wait = next.dueNanos() - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        if (nodes.containsKey(next.node())) {
            Map<String, Object> rpc = new LinkedHashMap<>();
            rpc.put("type", "publishedEventHandler");
            rpc.put("node", next.node());
            rpc.put("templateEventMethodName", next.method());
            rpc.put("templateEventMethodArgs", List.of(next.argument()));
            rpc.put("promise", 0);
            post(rpc, next.method());
            loadPictures();
        }
        return true;
    }

    /** All the words inside the kiosk's content area, as one line. */
    String screenText() {
        Integer content = content();
        return content == null ? "" : textOf(content).replaceAll("\\s+", " ").trim();
    }

    String path() {
        return path;
    }

    // ---- Vaadin's client protocol ----------------------------------------------------------------------

    /** One event to the server; the number of state changes in its answer, or -1 when the answer was an error. */
    private int send(int node, String event, Map<String, Object> data) throws IOException, InterruptedException {
        Map<String, Object> rpc = new LinkedHashMap<>();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.put("data", data);
        return post(rpc, event);
    }

    private int post(Map<String, Object> rpc, String event) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", csrf);
        body.put("rpc", List.of(rpc));
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> r = send(
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            errors.add("HTTP " + r.statusCode() + " for " + event + " on " + path);
            return -1;
        }
        String text = r.body().startsWith("for(;;);") ? r.body().substring(8) : r.body();
        JsonNode answer = JSON.readTree(text);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        JsonNode meta = answer.path("meta");
        if (meta.has("appError")
                || meta.has("sessionExpired")
                || answer.has("resynchronize")
                || meta.has("async") && !answer.has("syncId")) {
            errors.add("the server answered " + abbreviate(meta.toString()) + " to " + event + " on " + path);
            return -1;
        }
        return apply(answer);
    }

    private int apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (var constant : uidl.path("constants").properties()) {
            constants.put(constant.getKey(), constant.getValue());
        }
        for (JsonNode call : uidl.path("execute")) {
            // Server navigation tells the browser its new address; a screen's timer calls back later.
            String script = call.get(call.size() - 1).asString();
            if (script.contains("vaadin-navigate") && call.size() > 2) {
                path = "/" + call.get(1).asString();
            }
            Matcher timer = SERVER_TIMER.matcher(script);
            if (timer.find() && call.size() == 4) {
                Object argument = call.get(0).isNumber()
                        ? call.get(0).asInt()
                        : call.get(0).asString();
                timers.add(new Timer(
                        System.nanoTime() + call.get(1).asLong() * 1_000_000,
                        call.get(2).path("@v-node").asInt(),
                        timer.group(1),
                        argument));
            }
        }
        JsonNode changes = uidl.path("changes");
        for (JsonNode change : changes) {
            change(change);
        }
        return changes.size();
    }

    private void change(JsonNode c) {
        int id = c.path("node").asInt();
        String type = c.path("type").asString();
        if ("detach".equals(type)) {
            nodes.remove(id);
            return;
        }
        Node n = nodes.computeIfAbsent(id, k -> new Node());
        int feature = c.path("feat").asInt(-1);
        String key = c.path("key").asString("");
        switch (type) {
            case "put" -> {
                JsonNode value = c.path("value");
                if (feature == ELEMENT_DATA && "tag".equals(key)) {
                    n.tag = value.asString();
                } else if (feature == ELEMENT_DATA && "visible".equals(key)) {
                    n.visible = value.asBoolean(true);
                } else if (feature == ATTRIBUTES) {
                    n.attributes.put(key, value.isValueNode() ? value.asString() : value.toString());
                } else if (feature == LISTENERS) {
                    n.listeners.put(key, value.asString());
                } else if (feature == TEXT && "text".equals(key)) {
                    n.text = value.asString();
                }
            }
            case "remove" -> {
                if (feature == ATTRIBUTES) {
                    n.attributes.remove(key);
                } else if (feature == LISTENERS) {
                    n.listeners.remove(key);
                }
            }
            case "clear" -> {
                if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
                    list(n, feature).clear();
                }
            }
            case "splice" -> {
                if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
                    List<Integer> list = list(n, feature);
                    int index = c.path("index").asInt();
                    int remove = c.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    List<Integer> add = new ArrayList<>();
                    c.path("addNodes").forEach(a -> add.add(a.asInt()));
                    list.addAll(Math.min(index, list.size()), add);
                }
            }
            default -> {
                // attach: the node exists from now on (made above)
            }
        }
    }

    private static List<Integer> list(Node n, int feature) {
        return feature == CHILDREN ? n.children : n.virtualChildren;
    }

    // ---- Reading the node tree ------------------------------------------------------------------------

    /** Nodes shown on screen from this one down: attached, visible, not inside something hidden. */
    private List<Integer> reachable(int from) {
        List<Integer> out = new ArrayList<>();
        Node n = nodes.get(from);
        if (n == null || !n.visible || n.attributes.containsKey("hidden")) {
            return out;
        }
        out.add(from);
        for (int child : n.all()) {
            out.addAll(reachable(child));
        }
        return out;
    }

    private Integer content() {
        return reachable(1).stream()
                .filter(i -> "kiosk-content".equals(nodes.get(i).attributes.get("id")))
                .findFirst()
                .orElse(null);
    }

    private Integer find(String name) {
        for (int id : reachable(1)) {
            Node n = nodes.get(id);
            if (n.listeners.containsKey("click")
                    && !n.attributes.containsKey("disabled")
                    && (name.equals(n.attributes.get("data-say"))
                            || name.equals(n.attributes.get("aria-label"))
                            || name.equals(textOf(id).replaceAll("\\s+", " ").trim()))) {
                return id;
            }
        }
        return null;
    }

    private String textOf(int id) {
        Node n = nodes.get(id);
        if (n == null || !n.visible) {
            return "";
        }
        if (n.text != null) {
            return n.text;
        }
        StringBuilder s = new StringBuilder();
        for (int child : n.children) {
            s.append(textOf(child)).append(' ');
        }
        return s.toString();
    }

    /** What the kiosk's speech script reads on Listen: paragraphs, headings, pictures' alt text, buttons. */
    private List<String> readables() {
        List<String> out = new ArrayList<>();
        Integer content = content();
        if (content != null) {
            collectReadables(content, out);
        }
        return out;
    }

    private void collectReadables(int id, List<String> out) {
        Node n = nodes.get(id);
        if (n == null || !n.visible || "true".equals(n.attributes.get("aria-hidden"))) {
            return;
        }
        String text = null;
        if (n.tag != null && READABLE.contains(n.tag) || n.attributes.containsKey("data-read")) {
            text = n.attributes.getOrDefault("data-read", textOf(id));
        } else if ("img".equals(n.tag) && n.attributes.containsKey("alt")) {
            text = n.attributes.get("alt");
        } else if ("button".equals(n.tag)) {
            text = n.attributes.getOrDefault("data-say", textOf(id));
        }
        if (text != null) {
            text = text.replaceAll("\\s+", " ").trim();
            if (!text.isEmpty()) {
                out.add(text);
            }
            return;
        }
        for (int child : n.children) {
            collectReadables(child, out);
        }
    }

    /** Every picture on screen that this kiosk has not fetched before, as the browser's cache would. */
    private void loadPictures() throws IOException, InterruptedException {
        for (int id : reachable(1)) {
            String src = nodes.get(id).attributes.get("src");
            if (src != null && "img".equals(nodes.get(id).tag) && cached.add(src)) {
                fetch("/" + src.replaceFirst("^\\./", "").replaceFirst("^/", ""));
            }
        }
    }

    // ---- HTTP ---------------------------------------------------------------------------------------

    private HttpRequest.Builder request(String at) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(origin + at)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList()));
        }
        return request;
    }

    /** Sends the request and keeps the cookies the answer sets (name=value, before any attributes). */
    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        HttpResponse<T> r = HTTP.send(request.build(), body);
        for (String set : r.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return r;
    }

    private String get(String at) throws IOException, InterruptedException {
        HttpResponse<String> r = send(request(at), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " for " + at);
        }
        return r.body();
    }

    /** A GET whose body is read and dropped; false (and an error noted) when it did not answer 200. */
    private boolean fetch(String at) throws IOException, InterruptedException {
        HttpResponse<Void> r = send(request(at), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            errors.add("HTTP " + r.statusCode() + " for " + abbreviate(at));
            return false;
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
