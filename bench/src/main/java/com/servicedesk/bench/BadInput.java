package com.servicedesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated bad requests, seeded and reproducible, across every endpoint of the API: malformed and
 * deeply nested JSON, wrong types, huge strings, control characters, emoji, injection strings, wrong
 * content types, missing and wrong credentials. Each request is built to be refused: a mutation that
 * could leave a valid request (an emoji in a free-text field, say) is only ever applied where it makes
 * the request invalid (a code, an enum, a number, a size limit).
 */
final class BadInput {

    /** One generated request. */
    record Request(String user, String authorization, String method, String path, String contentType, String body,
                   String kind) {
    }

    /** A field of a valid body: free text accepts any string up to its limit, a code does not. */
    private record Field(String name, String valid, boolean freeText, int max) {
    }

    private static final String[] INJECTIONS = {"' OR '1'='1", "'; drop table complaint; --", "\" OR 1=1 --",
        "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "../../../../etc/passwd", "%00", "\\u0000",
        "{{7*7}}", "1; select pg_sleep(10)", "' union select null, version() --"};
    private static final String[] ODD = {"😀😀😀", "\u0000\u0001\u0007\u001b", "\u202e\u200b\ufeff", "ｆｕｌｌｗｉｄｔｈ",
        "𠀀𠀁𠀂", "NaN", "-0", "1e309", "99999999999999999999999", "\ud800", " ", "null"};
    private static final String[] USERS = {"agent", "supervisor", "manager", "admin", "auditor", "agent2"};
    private static final String[] QUERY_KEYS = {"status", "overdue", "branch", "from", "to", "assignee", "page", "size",
        "sort", "customerId", "reference", "format", "lang", "period", "type", "q", "actor", "action", "owner"};
    private static final String NONE = "999999999999999999";

    private final Random random;
    private final long complaintId;
    private final long requestId;
    private final long applicationId;
    private final long customerId;
    private final Map<String, List<Field>> templates = new LinkedHashMap<>();
    private final List<String[]> endpoints = new ArrayList<>();

    BadInput(long seed, long complaintId, long requestId, long applicationId, long customerId, String[] codes) {
        this.random = new Random(seed);
        this.complaintId = complaintId;
        this.requestId = requestId;
        this.applicationId = applicationId;
        this.customerId = customerId;
        templates.put("complaints", List.of(new Field("customerId", Long.toString(customerId), false, 0),
                text("channel", "PHONE", 32), text("businessCategory", codes[0], 16), text("cause", codes[1], 16),
                new Field("description", "\"投诉\"", true, 4000)));
        templates.put("service-requests", List.of(new Field("customerId", Long.toString(customerId), false, 0),
                text("channel", "PHONE", 32), text("category", "ACCOUNT", 32), new Field("subject", "\"咨询\"", true, 200),
                new Field("description", "\"咨询内容\"", true, 4000)));
        templates.put("applications", List.of(new Field("customerId", Long.toString(customerId), false, 0),
                text("type", codes[2], 32), new Field("description", "\"申请\"", true, 4000)));
        templates.put("customers", List.of(new Field("name", "\"张三\"", true, 100), text("idNumber", "11010519491231002X", 20),
                text("branchCode", "BJ01", 16)));
        templates.put("transitions", List.of(text("action", "ACCEPT", 32)));
        // every endpoint: method, path, and whether it takes a JSON body
        String c = Long.toString(complaintId);
        for (String[] e : new String[][] {
            {"GET", "complaints", ""}, {"GET", "complaints/approvals", ""}, {"GET", "complaints/" + c, ""},
            {"GET", "complaints/" + c + "/history", ""}, {"GET", "complaints/{none}/record.pdf", ""},
            {"POST", "complaints", "complaints"}, {"POST", "complaints/" + c + "/transitions", "transitions"},
            {"GET", "service-requests", ""}, {"GET", "service-requests/" + requestId, ""},
            {"GET", "service-requests/" + requestId + "/history", ""}, {"POST", "service-requests", "service-requests"},
            {"POST", "service-requests/" + requestId + "/transitions", "transitions"},
            {"GET", "applications", ""}, {"GET", "applications/review-queue", ""}, {"GET", "applications/" + applicationId, ""},
            {"GET", "applications/" + applicationId + "/history", ""}, {"POST", "applications", "applications"},
            {"POST", "applications/" + applicationId + "/transitions", "transitions"},
            {"GET", "customers", ""}, {"GET", "customers/" + customerId, ""}, {"POST", "customers", "customers"},
            {"PATCH", "customers/" + customerId, "json"}, {"POST", "customers/" + customerId + "/unmask", "json"},
            {"GET", "follow-ups", ""}, {"GET", "follow-ups/{none}", ""}, {"POST", "follow-ups/{none}/visits", "json"},
            {"GET", "return-visits", ""}, {"GET", "return-visits/satisfaction", ""}, {"POST", "return-visits", "json"},
            {"GET", "improvement-actions", ""}, {"GET", "improvement-actions/{none}", ""}, {"POST", "improvement-actions", "json"},
            {"POST", "improvement-actions/{none}/transitions", "json"},
            {"GET", "assessment-standards", ""}, {"GET", "assessment-standards/{none}", ""}, {"POST", "assessment-standards", "json"},
            {"GET", "assessment-periods", ""}, {"GET", "assessment-periods/{none}", ""}, {"POST", "assessment-periods", "json"},
            {"GET", "assessment-periods/{none}/results", ""}, {"GET", "assessment-periods/{none}/report-data", ""},
            {"POST", "assessment-periods/{none}/compute", ""}, {"POST", "assessment-periods/{none}/review", "json"},
            {"POST", "assessment-periods/{none}/approve", "json"},
            {"GET", "audit/entries", ""}, {"GET", "audit/verify", ""},
            {"GET", "reference/complaint-codes", ""}, {"GET", "reference/channels", ""}, {"GET", "reference/service-categories", ""},
            {"GET", "reference/application-types", ""}, {"GET", "me", ""}, {"POST", "me/password", "json"},
            {"GET", "reports/complaint-statistics", ""}, {"GET", "reports/assessment/{none}", ""},
            {"GET", "reports/security-audit", ""}, {"GET", "reports/service-quality", ""}, {"GET", "reports/archive", ""},
            {"GET", "reports/archive/{none}/content", ""}, {"GET", "reports/ledgers/nonsense", ""}, {"POST", "reports/jobs", "json"},
            {"GET", "reports/jobs/{none}", ""},
            {"GET", "security/policies", ""}, {"POST", "security/policies", "json"}, {"GET", "security/policies/{none}/pending", ""},
            {"POST", "security/policies/{none}/acknowledgements", "json"}, {"GET", "security/training/sessions", ""},
            {"POST", "security/training/sessions", "json"}, {"POST", "security/training/sessions/{none}/attendance", "json"},
            {"GET", "security/training/completion", ""}, {"GET", "security/audits", ""}, {"POST", "security/audits", "json"},
            {"POST", "security/audits/{none}/advance", "json"}, {"POST", "security/audits/{none}/findings", "json"},
            {"GET", "security/findings", ""}, {"POST", "security/findings/{none}/remediation", "json"},
            {"POST", "security/findings/{none}/verification", "json"}, {"GET", "security/audit-report-data", ""},
            {"GET", "admin/users", ""}, {"POST", "admin/users", "json"}, {"PUT", "admin/users/nobody-{none}/role", "json"},
            {"POST", "admin/users/nobody-{none}/disable", ""}, {"POST", "admin/users/nobody-{none}/unlock", ""},
            {"POST", "admin/pii-rotation", ""}}) {
            endpoints.add(new String[] {e[0], e[1].replace("{none}", NONE), e[2]});
        }
    }

    private static Field text(String name, String value, int max) {
        return new Field(name, "\"" + value + "\"", false, max);
    }

    int endpointCount() {
        return endpoints.size();
    }

    Request next() {
        String[] e = endpoints.get(random.nextInt(endpoints.size()));
        String method = e[0];
        String path = e[1];
        String body = e[2];
        String user = USERS[random.nextInt(USERS.length)];
        int kind = random.nextInt(body.isEmpty() ? 3 : 9);
        if (body.isEmpty() && !method.equals("GET") && !path.matches(".*\\d.*")) {
            kind = 0; // an action that takes nothing and names nothing can only be refused for its credentials
        }
        switch (kind) {
            case 0:
                return auth(method, path, body.isEmpty() ? null : json(body));
            case 1:
                if (!method.equals("GET")) {
                    // a path that names nothing (a write to it must not happen)
                    return new Request(user, null, method, path.replaceAll("/\\d+(/|$)", "/" + NONE + "$1")
                            .replace("nobody-" + NONE, "nobody-" + pick(ODD).hashCode()), body.isEmpty() ? null
                            : "application/json", body.isEmpty() ? null : garbage(), "path");
                }
                return new Request(user, null, method, path + "?" + badQuery(), null, null, "query");
            case 2:
                if (method.equals("GET")) {
                    return new Request(user, null, method, path.replaceAll("\\d{3,}", NONE) + "/" + encode(pick(INJECTIONS)),
                            null, null, "path");
                }
                return auth(method, path, body.isEmpty() ? null : json(body));
            case 3:
                return new Request(user, null, method, path, pick(new String[] {"text/plain", "application/xml",
                    "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream"}),
                        json(body), "content-type");
            case 4:
                return new Request(user, null, method, path, "application/json", garbage(), "malformed");
            case 5:
                return new Request(user, null, method, path, "application/json", nested(), "nested");
            case 6:
                return new Request(user, null, method, path, "application/json",
                        pick(new String[] {"[]", "\"text\"", "42", "true", "null", "[{}]", "-1e309"}), "wrong-type");
            default:
                if (!templates.containsKey(body)) {
                    return new Request(user, null, method, path, "application/json", garbage(), "malformed");
                }
                return new Request(body.equals("transitions") ? "agent" : user, null, method, path, "application/json",
                        mutated(templates.get(body)), "field");
        }
    }

    /** Missing, malformed or wrong credentials (never a real user's wrong password: that would lock the account). */
    private Request auth(String method, String path, String body) {
        String header = switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> Http.basic("nobody" + random.nextInt(1_000_000), "wrong");
            case 2 -> "Basic " + pick(INJECTIONS);
            case 3 -> "Bearer " + Long.toHexString(random.nextLong());
            case 4 -> "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon-here".getBytes());
            default -> Http.basic(pick(INJECTIONS), pick(ODD));
        };
        return new Request(null, header == null ? "" : header, method, path, body == null ? null : "application/json",
                body, "auth");
    }

    private String json(String body) {
        List<Field> template = templates.get(body);
        if (template == null) {
            return "{\"title\": \"x\"}";
        }
        StringBuilder json = new StringBuilder("{");
        for (Field f : template) {
            json.append(json.length() > 1 ? "," : "").append('"').append(f.name()).append("\":").append(f.valid());
        }
        return json.append('}').toString();
    }

    /** A valid body with exactly one field made invalid. */
    private String mutated(List<Field> template) {
        int broken = random.nextInt(template.size());
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < template.size(); i++) {
            Field f = template.get(i);
            String value = f.valid();
            if (i == broken) {
                value = invalidValue(f);
                if (value == null) {
                    continue; // the field left out
                }
            }
            json.append(json.length() > 1 ? "," : "").append('"').append(f.name()).append("\":").append(value);
        }
        return json.append('}').toString();
    }

    private String invalidValue(Field f) {
        int choice = random.nextInt(f.freeText() ? 4 : 7);
        return switch (choice) {
            case 0 -> null;
            case 1 -> pick(new String[] {"[]", "{}", "[1,2]", "{\"$gt\": \"\"}"});
            case 2 -> quote("x".repeat(Math.max(f.max(), 100) + 1 + random.nextInt(200_000)));
            case 3 -> f.freeText() ? pick(new String[] {"\"\"", "\"   \""}) : "\"\"";
            case 4 -> quote(pick(INJECTIONS));
            case 5 -> quote(pick(ODD) + pick(INJECTIONS));
            default -> f.name().equals("customerId") ? pick(new String[] {"-1", "0", "\"abc\"", "1.5", "1e400", NONE + "9"})
                    : quote("😀".repeat(f.max() + 1));
        };
    }

    private String badQuery() {
        StringBuilder q = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String value = switch (random.nextInt(6)) {
                case 0 -> pick(INJECTIONS);
                case 1 -> pick(ODD);
                case 2 -> "x".repeat(5_000);
                case 3 -> pick(new String[] {"-1", "0", "2147483648", "1e9", "2026-13-45", "2026-02-30", "yes"});
                default -> Long.toString(random.nextLong());
            };
            q.append(i > 0 ? "&" : "").append(pick(QUERY_KEYS)).append('=').append(encode(value));
        }
        return q.toString();
    }

    private String garbage() {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"customerId\": 1, \"descr";
            case 1 -> "{" + "\"a\":".repeat(10) + "}";
            case 2 -> {
                byte[] bytes = new byte[1 + random.nextInt(2_000)];
                random.nextBytes(bytes);
                yield new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            case 3 -> "\ufeff{'single': 'quotes'}";
            case 4 -> "{\"a\": NaN, \"b\": undefined}";
            default -> "{\"unterminated\": \"" + pick(ODD);
        };
    }

    /** JSON nested far deeper than any real body. */
    private String nested() {
        int depth = 1_000 + random.nextInt(50_000);
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
