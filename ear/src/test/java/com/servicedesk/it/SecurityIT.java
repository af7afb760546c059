package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Information security on the real server: every endpoint as every role, lockout, unmasking with a
 * reason, a scan of API answers and portal pages for clear personal data, key rotation, CSRF, and
 * the browser-facing headers and cookies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;
    private String idNumber;
    private String phone;
    private long customerId;
    private long complaintId;
    private long requestId;
    private long applicationId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
        idNumber = IdNumbers.fresh();
        phone = "139" + String.format("%08d", (int) (Math.random() * 100_000_000));
        customerId = created(api.post("agent", "customers", "{\"name\":\"安全测试\",\"idNumber\":\"" + idNumber
                + "\",\"phone\":\"" + phone + "\"}"));
        complaintId = created(api.post("agent", "complaints", "{\"customerId\":" + customerId + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"B0601\",\"cause\":\"C1001\",\"description\":\"怀疑信息泄露\"}"));
        requestId = created(api.post("agent", "service-requests", "{\"customerId\":" + customerId + ",\"channel\":\"PHONE\","
                + "\"category\":\"SECURITY\",\"subject\":\"密码锁定\",\"description\":\"手机银行密码锁定\"}"));
        applicationId = created(api.post("agent", "applications", "{\"customerId\":" + customerId
                + ",\"type\":\"PHONE_CHANGE\",\"description\":\"变更预留手机号\",\"documents\":[\"ID_CARD\"]}"));
    }

    private static long created(ApiClient.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    // --- the role x endpoint matrix -------------------------------------------------------------------

    private static final List<String> USERS = List.of("agent", "agent2", "supervisor", "manager", "auditor", "admin");

    /** One row: a request and the status each user gets, in the order of USERS. */
    private record Row(String method, String path, String body, int... expected) {
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheDesignSays() {
        String reclassify = "{\"action\":\"RECLASSIFY\",\"severity\":\"HIGH\"}";
        List<Row> matrix = List.of(
                new Row("GET", "me", null, 200, 200, 200, 200, 200, 200),
                new Row("GET", "reference/complaint-codes", null, 200, 200, 200, 200, 200, 200),
                new Row("GET", "customers/" + customerId, null, 200, 404, 200, 200, 200, 403),
                new Row("GET", "customers?q=安全测试", null, 200, 200, 200, 200, 200, 403),
                new Row("POST", "customers/" + customerId + "/unmask", "{\"field\":\"PHONE\",\"reason\":\"核对身份\"}",
                        403, 403, 200, 200, 403, 403),
                new Row("GET", "complaints/" + complaintId, null, 200, 404, 200, 200, 200, 403),
                new Row("GET", "complaints/" + complaintId + "/history", null, 200, 404, 200, 200, 200, 403),
                new Row("POST", "complaints/" + complaintId + "/transitions", reclassify, 200, 404, 200, 200, 403, 403),
                new Row("GET", "complaints/approvals", null, 403, 403, 200, 200, 403, 403),
                new Row("GET", "service-requests/" + requestId, null, 200, 404, 200, 200, 200, 403),
                new Row("GET", "applications/" + applicationId, null, 200, 404, 200, 200, 200, 403),
                new Row("GET", "applications/review-queue", null, 403, 403, 200, 200, 403, 403),
                new Row("GET", "audit/verify", null, 403, 403, 403, 403, 200, 403),
                new Row("GET", "audit/entries?size=5", null, 403, 403, 403, 403, 200, 403),
                new Row("GET", "admin/users", null, 403, 403, 403, 403, 403, 200),
                new Row("GET", "security/policies", null, 200, 200, 200, 200, 200, 200),
                new Row("GET", "security/training/completion", null, 403, 403, 200, 200, 200, 200),
                new Row("GET", "security/audit-report-data", null, 403, 403, 403, 403, 200, 403));
        List<String> mismatches = new ArrayList<>();
        for (Row row : matrix) {
            for (int i = 0; i < USERS.size(); i++) {
                String user = USERS.get(i);
                ApiClient.Reply reply = row.method().equals("GET") ? api.get(user, row.path())
                        : api.post(user, row.path(), row.body());
                if (reply.status() != row.expected()[i]) {
                    mismatches.add(row.method() + " " + row.path() + " as " + user + ": " + reply.status()
                            + " instead of " + row.expected()[i]);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    // --- logins ---------------------------------------------------------------------------------------

    @Test
    void fiveFailuresLockAnAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String user = "locktest" + (System.nanoTime() % 100_000);
        ApiClient.Reply weak = api.post("admin", "admin/users", "{\"username\":\"" + user + "\",\"displayName\":\"锁定测试\","
                + "\"role\":\"AGENT\",\"branchCode\":\"BJ01\",\"password\":\"password1\"}");
        assertEquals(400, weak.status(), weak.body());
        assertTrue(weak.body().contains("password"), weak.body());
        assertEquals(201, api.post("admin", "admin/users", "{\"username\":\"" + user + "\",\"displayName\":\"锁定测试\","
                + "\"role\":\"AGENT\",\"branchCode\":\"BJ01\",\"password\":\"Tr0ub4dor&3x\"}").status());

        for (int i = 0; i < 5; i++) {
            assertEquals(401, basic(user, "wrong-" + i).status());
        }
        assertEquals(401, basic(user, "Tr0ub4dor&3x").status(), "locked: even the right password is refused");
        JsonObject account = api.get("admin", "admin/users").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(user)).findFirst().orElseThrow();
        assertTrue(account.getBoolean("locked"));
        List<String> actions = Database.query("select action from audit_entry where chain_key = ? order by seq",
                "StaffUser:" + user).stream().map(r -> (String) r.get("action")).toList();
        assertEquals(List.of("CREATE_USER", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOCKOUT", "LOGIN_FAILED"), actions, "the fifth failure locks; the refused right password is a failure too");

        assertEquals(200, api.post("admin", "admin/users/" + user + "/unlock", "").status());
        assertEquals(200, basic(user, "Tr0ub4dor&3x").status());
    }

    private ApiClient.Reply basic(String user, String password) {
        return api.send(ApiClient.request(null, api.api("me")).header("Authorization", ApiClient.basic(user, password))
                .GET().build());
    }

    // --- personal data ----------------------------------------------------------------------------------

    @Test
    void aClearValueIsShownForAReasonAndTheViewIsAudited() throws Exception {
        problem400(api.post("supervisor", "customers/" + customerId + "/unmask", "{\"field\":\"ID_NUMBER\",\"reason\":\"\"}"));
        ApiClient.Reply shown = api.post("supervisor", "customers/" + customerId + "/unmask",
                "{\"field\":\"ID_NUMBER\",\"reason\":\"客户临柜挂失核对身份\"}");
        assertEquals(200, shown.status(), shown.body());
        assertEquals(idNumber, shown.json().getString("value"));
        assertEquals("no-store", shown.header("Cache-Control").orElse(""));

        List<Map<String, Object>> views = Database.query("select e.actor, e.detail, p.field_values from audit_entry e"
                + " left join audit_personal_data p on p.chain_key = e.chain_key and p.seq = e.seq where e.chain_key = ?"
                + " and e.action = 'VIEW_CLEAR'", "Customer:" + customerId);
        assertEquals(1, views.size());
        assertEquals("supervisor", views.get(0).get("actor"));
        String detail = (String) views.get(0).get("detail");
        String kept = (String) views.get(0).get("field_values");
        // the reason, free text, is sealed in the chained entry and kept beside it; the value is in neither
        assertTrue(detail.contains("ID_NUMBER") && detail.contains("\"reason\":\"sealed:"), detail);
        assertTrue(kept != null && kept.contains("客户临柜挂失核对身份"), String.valueOf(kept));
        assertFalse(detail.contains(idNumber) || kept.contains(idNumber), "the audit keeps the reason, never the value");

        JsonObject report = api.get("auditor", "security/audit-report-data").json();
        assertTrue(report.getJsonArray("clearValueViews").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("entityId").equals(Long.toString(customerId))), report.toString());
        assertTrue(report.getJsonObject("verification").getBoolean("intact"));
        assertTrue(report.getJsonArray("trainingCompletion").size() >= 5);
        assertFalse(report.getJsonArray("openFindings").isEmpty());
    }

    private static void problem400(ApiClient.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
    }

    @Test
    void noAnswerOrPageEverCarriesTheClearIdentityNumberOrPhone() {
        List<String> apiPaths = List.of("customers/" + customerId, "customers?q=" + idNumber, "customers?q=安全测试",
                "complaints/" + complaintId, "complaints/" + complaintId + "/history", "complaints?customerId=" + customerId,
                "service-requests/" + requestId, "service-requests/" + requestId + "/history", "applications/" + applicationId,
                "applications/" + applicationId + "/history");
        Map<String, String> scanned = new LinkedHashMap<>();
        for (String user : List.of("agent", "supervisor", "manager", "auditor")) {
            for (String path : apiPaths) {
                scanned.put(user + " GET " + path, api.get(user, path).body());
            }
        }
        scanned.put("auditor GET audit/entries", api.get("auditor", "audit/entries?entityType=Customer&entityId="
                + customerId).body());
        scanned.put("auditor GET security/audit-report-data", api.get("auditor", "security/audit-report-data").body());
        PortalSession portal = PortalSession.signedIn(Deployments.portal(context), "supervisor");
        for (String page : List.of("customers.xhtml", "complaint.xhtml?id=" + complaintId,
                "service-request.xhtml?id=" + requestId, "application.xhtml?id=" + applicationId, "index.xhtml")) {
            HttpResponse<String> html = portal.get(page);
            assertEquals(200, html.statusCode(), page);
            scanned.put("portal " + page, html.body());
        }
        PortalSession auditor = PortalSession.signedIn(Deployments.portal(context), "auditor");
        scanned.put("portal audit.xhtml", auditor.get("audit.xhtml").body());
        scanned.forEach((where, body) -> {
            assertFalse(body.contains(idNumber), "clear identity number in " + where);
            assertFalse(body.contains(phone), "clear phone in " + where);
        });
        assertTrue(scanned.get("agent GET customers/" + customerId).contains(idNumber.substring(0, 3) + "***********"),
                "and the masked form is what they carry");
    }

    @Test
    void rotatingTheKeyReEncryptsEveryValueAndKeepsItReadableAndSearchable() throws Exception {
        String oldKey = "c2VydmljZWRlc2staW50ZWdyYXRpb24tdGVzdHMtMzI=";
        String newKey = Base64.getEncoder().encodeToString(("rotation-" + System.nanoTime() + "-key-of-32-bytes!!")
                .substring(0, 32).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String before = (String) Database.query("select id_number_enc from customer where id = ?", customerId).get(0)
                .get("id_number_enc");
        new TestKit(context).useKeys(newKey, oldKey);
        try {
            JsonObject result = api.post("admin", "admin/pii-rotation", "").json();
            assertTrue(result.getJsonNumber("customers").longValue() >= 2000, result.toString());
            assertTrue(result.getJsonNumber("reencrypted").longValue() >= 1, result.toString());
            String keyId = result.getString("keyId");
            assertEquals(0, Database.count("select count(*) from customer where id_number_enc not like ?", keyId + ":%"),
                    "every identity number is under the new key");
            String after = (String) Database.query("select id_number_enc from customer where id = ?", customerId).get(0)
                    .get("id_number_enc");
            assertFalse(after.equals(before));
            assertEquals(1, api.get("agent", "customers?q=" + idNumber).json().getInt("total"), "searchable after rotation");
            assertEquals(phone, api.post("manager", "customers/" + customerId + "/unmask",
                    "{\"field\":\"PHONE\",\"reason\":\"轮换后核对\"}").json().getString("value"));
            assertEquals(1, Database.count("select count(*) from audit_entry where entity_type = 'PersonalDataKey'"
                    + " and entity_id = ? and action = 'ROTATE'", keyId));
        } finally {
            // Rotate back: the next deployment of this run starts with the configured key alone.
            new TestKit(context).useKeys(oldKey, newKey);
            assertEquals(200, api.post("admin", "admin/pii-rotation", "").status());
        }
    }

    // --- the browser-facing defences -------------------------------------------------------------------

    @Test
    void aFormPostedWithoutAValidViewStateChangesNothing() throws Exception {
        PortalSession portal = PortalSession.signedIn(Deployments.portal(context), "agent");
        String page = portal.get("complaint.xhtml?id=" + complaintId).body();
        assertTrue(page.contains("sd-action-ACCEPT"), "the agent may accept it");
        java.util.regex.Matcher button = java.util.regex.Pattern.compile("id=\"(actions:[^\"]*:act)\"[^>]*sd-action-ACCEPT")
                .matcher(page);
        String buttonId = button.find() ? button.group(1) : "actions:j_idt1:0:act";
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("actions", "actions");
        forged.put(buttonId, "");
        forged.put("jakarta.faces.ViewState", "-1234567890:987654321");
        forged.put("jakarta.faces.partial.ajax", "true");
        forged.put("jakarta.faces.source", buttonId);
        forged.put("jakarta.faces.partial.execute", buttonId);
        HttpResponse<String> replay = portal.post("complaint.xhtml?id=" + complaintId, forged);
        assertFalse(replay.body().contains("操作已完成"), "no action was performed");
        assertEquals("RECEIVED", Database.query("select status from complaint where id = ?", complaintId).get(0).get("status"));
        assertEquals(0, Database.count("select count(*) from audit_entry where chain_key = ? and action = 'ACCEPT'",
                "Complaint:" + complaintId));
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsNotForScripts() {
        PortalSession portal = new PortalSession(Deployments.portal(context));
        HttpResponse<String> login = portal.get("login.xhtml");
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        ApiClient.Reply apiReply = api.get("agent", "me");
        assertEquals("no-store", apiReply.header("Cache-Control").orElse(""));
        assertTrue(apiReply.header("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    }
}
