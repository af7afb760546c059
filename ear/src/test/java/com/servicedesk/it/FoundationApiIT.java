package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation, through the real API of the real EAR on the provisioned server: authentication,
 * roles and scope, personal data protection, the problem format, concurrency headers, idempotent
 * creation, and the audit chain against a tampering database administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationApiIT {

    private static final Path SERVER_LOG = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(context);
    }

    private String newCustomerJson(String name, String idNumber, String phone) {
        return "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"phone\":\"" + phone + "\"}";
    }

    private JsonObject register(String user, String name, String idNumber, String phone) {
        ApiClient.Reply reply = api.post(user, "customers", newCustomerJson(name, idNumber, phone));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    // --- authentication and roles -------------------------------------------------------------

    @Test
    void noCredentialsGet401WithABasicChallengeAndAProblem() {
        ApiClient.Reply reply = api.get(null, "customers");
        assertEquals(401, reply.status());
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic realm="), reply.headers().toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(401, reply.json().getInt("status"));
        assertEquals("This API needs HTTP Basic credentials.", reply.json().getString("detail"));
    }

    @Test
    void rightPasswordSignsInAndWrongPasswordDoesNot() {
        ApiClient.Reply me = api.get("agent", "me");
        assertEquals(200, me.status(), me.body());
        assertEquals("agent", me.json().getString("username"));
        assertEquals("AGENT", me.json().getString("role"));
        assertEquals("BJ01", me.json().getString("branchCode"));

        ApiClient.Reply wrong = api.send(ApiClient.request(null, api.api("me"))
                .header("Authorization", ApiClient.basic("agent", "not-the-password")).GET().build());
        assertEquals(401, wrong.status());
        assertTrue(wrong.header("WWW-Authenticate").orElse("").startsWith("Basic realm="), wrong.headers().toString());
        assertEquals("The username or password is not correct.", wrong.json().getString("detail"), wrong.body());
        ApiClient.Reply unknown = api.send(ApiClient.request(null, api.api("me"))
                .header("Authorization", ApiClient.basic("nobody", ApiClient.PASSWORD)).GET().build());
        assertEquals(401, unknown.status());
    }

    @Test
    void aRoleThatMayNotGets403() {
        assertForbidden(api.get("admin", "customers"));
        assertForbidden(api.post("auditor", "customers", newCustomerJson("王五", IdNumbers.fresh(), "13800001111")));
        assertForbidden(api.get("agent", "audit/verify"));
        assertForbidden(api.get("manager", "audit/verify"));
    }

    private static void assertForbidden(ApiClient.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(403, reply.json().getInt("status"));
    }

    // --- personal data ----------------------------------------------------------------------------

    @Test
    void anIdentityNumberNeverLeavesUnmaskedAndIsNotStoredInClear() throws Exception {
        String idNumber = IdNumbers.fresh();
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
        ApiClient.Reply created = api.post("agent", "customers", newCustomerJson("林晓东", idNumber, phone));
        assertEquals(201, created.status(), created.body());
        String location = created.header("Location").orElseThrow();
        JsonObject customer = created.json();
        long id = customer.getJsonNumber("id").longValue();
        assertEquals(idNumber.substring(0, 3) + "*".repeat(11) + idNumber.substring(14), customer.getString("idNumber"));
        assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), customer.getString("phone"));
        assertEquals("BJ01", customer.getString("branchCode"));
        assertTrue(location.endsWith("/api/v1/customers/" + id), location);

        ApiClient.Reply read = api.get("agent", "customers/" + id);
        ApiClient.Reply byIdNumber = api.get("agent", "customers?q=" + idNumber);
        ApiClient.Reply byPhone = api.get("supervisor", "customers?q=" + phone);
        for (ApiClient.Reply reply : List.of(created, read, byIdNumber, byPhone)) {
            assertEquals(true, reply.status() == 200 || reply.status() == 201, reply.body());
            assertFalse(reply.body().contains(idNumber), "clear identity number in " + reply.body());
            assertFalse(reply.body().contains(phone), "clear phone in " + reply.body());
        }
        assertEquals(1, byIdNumber.json().getInt("total"));
        assertEquals(id, byIdNumber.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, byPhone.json().getInt("total"));

        Map<String, Object> row = Database.query("select * from customer where id = ?", id).get(0);
        for (Map.Entry<String, Object> column : row.entrySet()) {
            String value = String.valueOf(column.getValue());
            assertFalse(value.contains(idNumber), "clear identity number in column " + column.getKey());
            assertFalse(value.contains(phone), "clear phone in column " + column.getKey());
        }
        String stored = (String) row.get("id_number_enc");
        assertTrue(stored.matches("[0-9a-f]{8}:[A-Za-z0-9+/=]{40,}"), stored);
        for (Map<String, Object> entry : Database.query("select * from audit_entry where chain_key = ?", "Customer:" + id)) {
            assertFalse(entry.toString().contains(idNumber), "clear identity number in the audit trail");
        }
    }

    @Test
    void aCustomerOfAnotherBranchIsNotFoundNotForbidden() {
        String idNumber = IdNumbers.fresh();
        long id = register("agent", "周杰", idNumber, "13700001234").getJsonNumber("id").longValue();
        ApiClient.Reply other = api.get("agent2", "customers/" + id);
        assertEquals(404, other.status(), other.body());
        assertTrue(other.contentType().startsWith("application/problem+json"));
        assertEquals(0, api.get("agent2", "customers?q=" + idNumber).json().getInt("total"), "search is scoped too");
        assertEquals(200, api.get("manager", "customers/" + id).status(), "BJ01 is in the manager's region");
        assertEquals(200, api.get("auditor", "customers/" + id).status(), "the auditor sees the whole bank");
    }

    // --- bad input ----------------------------------------------------------------------------------

    @Test
    void badInputGets400ProblemsAndStoresNothing() throws Exception {
        long customers = Database.count("select count(*) from customer");
        // the agent's own entries: the server's jobs audit too (the notifications of the class before this one)
        String agentsAudit = "select count(*) from audit_entry where actor = 'agent'";
        long audit = Database.count(agentsAudit);

        ApiClient.Reply malformed = api.post("agent", "customers", "{\"name\": \"张三\", \"idNumber\": ");
        assertProblem(400, malformed);

        ApiClient.Reply notAnObject = api.post("agent", "customers", "[1, 2, 3]");
        assertProblem(400, notAnObject);

        ApiClient.Reply missing = api.post("agent", "customers", "{\"phone\": \"13800000000\"}");
        assertProblem(400, missing);
        List<String> fields = missing.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
        assertTrue(fields.contains("name") && fields.contains("idNumber"), fields.toString());

        ApiClient.Reply badChecksum = api.post("agent", "customers", newCustomerJson("张三", "110101199003070000", "13800000000"));
        assertProblem(400, badChecksum);
        assertEquals("idNumber", badChecksum.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        ApiClient.Reply tooLong = api.post("agent", "customers", newCustomerJson("张".repeat(5000), IdNumbers.fresh(), "13800000000"));
        assertProblem(400, tooLong);

        ApiClient.Reply wrongType = api.send(ApiClient.request("agent", api.api("customers"))
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")).build());
        assertProblem(415, wrongType);

        ApiClient.Reply badPage = api.get("agent", "customers?page=abc");
        assertProblem(400, badPage);
        ApiClient.Reply hugePage = api.get("agent", "customers?size=100000");
        assertProblem(400, hugePage);

        assertEquals(customers, Database.count("select count(*) from customer"), "nothing stored");
        assertEquals(audit, Database.count(agentsAudit), "nothing audited");
    }

    private static void assertProblem(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertNotNull(problem.getString("title"));
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "internals leaked: " + reply.body());
    }

    // --- concurrency and idempotency ----------------------------------------------------------------------

    @Test
    void aStaleIfMatchGets412AndChangesNothing() {
        long id = register("agent", "孙丽", IdNumbers.fresh(), "13600001111").getJsonNumber("id").longValue();
        ApiClient.Reply read = api.get("agent", "customers/" + id);
        String etag = read.header("ETag").orElseThrow();
        assertEquals("\"0\"", etag);

        ApiClient.Reply first = api.patch("agent", "customers/" + id, "{\"phone\":\"13600002222\"}", "If-Match", etag);
        assertEquals(200, first.status(), first.body());
        assertEquals("\"1\"", first.header("ETag").orElseThrow());

        ApiClient.Reply stale = api.patch("supervisor", "customers/" + id, "{\"name\":\"孙莉\"}", "If-Match", etag);
        assertProblem(412, stale);
        JsonObject now = api.get("agent", "customers/" + id).json();
        assertEquals("孙丽", now.getString("name"));
        assertEquals("136****2222", now.getString("phone"));
        assertEquals(1, now.getInt("version"));
    }

    @Test
    void anIdempotencyKeyMakesARetryReturnTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String idNumber = IdNumbers.fresh();
        String body = newCustomerJson("郑海", idNumber, "13500001111");
        long before = Database.count("select count(*) from customer");
        long logMark = Files.size(SERVER_LOG);

        ApiClient.Reply first = api.post("agent", "customers", body, "Idempotency-Key", key);
        ApiClient.Reply retry = api.post("agent", "customers", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.json().getJsonNumber("id"), retry.json().getJsonNumber("id"));
        assertEquals("true", retry.header("Idempotent-Replayed").orElse(""));
        assertEquals(before + 1, Database.count("select count(*) from customer"));

        ApiClient.Reply reused = api.post("agent", "customers", newCustomerJson("郑海", IdNumbers.fresh(), "13500001111"),
                "Idempotency-Key", key);
        assertProblem(409, reused);
        assertEquals(before + 1, Database.count("select count(*) from customer"));

        // a retry is expected, not an error, and the answer it replays holds personal data
        String logged = logSince(logMark);
        assertFalse(logged.contains("SqlExceptionHelper"), logged);
        assertFalse(logged.contains("郑海") || logged.contains(idNumber), logged);
    }

    private static String logSince(long offset) throws IOException {
        try (FileChannel log = FileChannel.open(SERVER_LOG)) {
            ByteBuffer added = ByteBuffer.allocate((int) Math.max(0, log.size() - offset));
            log.read(added, offset);
            return new String(added.array(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listsComeInThePagingEnvelope() {
        JsonObject page = api.get("agent", "customers?page=1&size=7").json();
        assertEquals(1, page.getInt("page"));
        assertEquals(7, page.getInt("size"));
        assertEquals(7, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 500, "the demo data gives BJ01 about 520 customers");
        page.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(c -> assertEquals("BJ01", c.getString("branchCode"), "scope is in the query"));
    }

    // --- audit chain -------------------------------------------------------------------------------------

    @Test
    void theAuditChainVerifiesAndDetectsEditedDeletedAndReorderedEntries() throws Exception {
        long id = register("agent", "钱进", IdNumbers.fresh(), "13300001111").getJsonNumber("id").longValue();
        assertEquals(200, api.patch("agent", "customers/" + id, "{\"phone\":\"13300002222\"}").status());
        assertEquals(200, api.patch("agent", "customers/" + id, "{\"name\":\"钱晋\"}").status());
        String chain = "Customer:" + id;
        List<Map<String, Object>> entries = Database.query(
                "select * from audit_entry where chain_key = ? order by seq", chain);
        assertEquals(List.of("REGISTER", "CHANGE_CONTACT", "CHANGE_CONTACT"),
                entries.stream().map(e -> e.get("action")).toList());
        assertEquals("agent", entries.get(0).get("actor"));

        assertIntact();

        // An edited entry: the recomputed hash no longer matches.
        Object secondId = entries.get(1).get("id");
        Database.update("update audit_entry set actor = 'supervisor' where id = ?", secondId);
        assertBroken(chain, "altered");
        Database.update("update audit_entry set actor = 'agent' where id = ?", secondId);
        assertIntact();

        // Reordered entries: the links no longer line up.
        Object thirdId = entries.get(2).get("id");
        Database.update("update audit_entry set seq = -2 where id = ?", secondId);
        Database.update("update audit_entry set seq = 2 where id = ?", thirdId);
        Database.update("update audit_entry set seq = 3 where id = ?", secondId);
        assertBroken(chain, "link");
        Database.update("update audit_entry set seq = -3 where id = ?", thirdId);
        Database.update("update audit_entry set seq = 2 where id = ?", secondId);
        Database.update("update audit_entry set seq = 3 where id = ?", thirdId);
        assertIntact();

        // A deleted tail, with the chain head moved back to hide it: the seal still names the entry.
        ApiClient.Reply seal = api.post("auditor", "audit/anchors", "");
        assertEquals(201, seal.status(), seal.body());
        assertEquals(1, Database.count("select count(*) from audit_chain where chain_key = ? and sealed_seq = 3", chain),
                "the seal marks the chain sealed up to its head");
        Map<String, Object> last = entries.get(2);
        Database.update("delete from audit_entry where id = ?", thirdId);
        Database.update("update audit_chain set seq = 2, head_hash = ? where chain_key = ?", entries.get(1).get("entry_hash"), chain);
        assertBroken(chain, "sealed");
        Database.update("insert into audit_entry (id, chain_key, seq, occurred_at, actor, action, entity_type, entity_id,"
                        + " before_state, after_state, detail, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                last.get("id"), last.get("chain_key"), last.get("seq"), last.get("occurred_at"), last.get("actor"),
                last.get("action"), last.get("entity_type"), last.get("entity_id"), last.get("before_state"),
                last.get("after_state"), last.get("detail"), last.get("prev_hash"), last.get("entry_hash"));
        Database.update("update audit_chain set seq = 3, head_hash = ? where chain_key = ?", last.get("entry_hash"), chain);
        assertIntact();
    }

    private void assertIntact() {
        ApiClient.Reply reply = api.get("auditor", "audit/verify");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("intact"), reply.body());
        assertTrue(reply.json().getJsonNumber("entries").longValue() > 2000, reply.body());
    }

    private void assertBroken(String chain, String problemWord) {
        JsonObject result = api.get("auditor", "audit/verify").json();
        assertFalse(result.getBoolean("intact"), result.toString());
        JsonObject at = result.getJsonObject("firstBreak");
        assertEquals(chain, at.getString("chainKey"), result.toString());
        assertTrue(at.getString("problem").contains(problemWord), result.toString());
    }

    // --- reference data, OpenAPI, health -----------------------------------------------------------------

    @Test
    void complaintCodesComeAsThreeTrees() {
        JsonObject codes = api.get("agent", "reference/complaint-codes").json();
        JsonObject cards = codes.getJsonArray("businessCategories").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("银行卡")).findFirst().orElseThrow();
        assertEquals("PROVISIONAL", cards.getString("source"));
        assertTrue(cards.getJsonArray("children").size() >= 2);
        assertEquals("BANK", cards.getJsonArray("children").getJsonObject(0).getString("source"));
        assertEquals(13, codes.getJsonArray("causes").size());
        JsonObject frontOffice = codes.getJsonArray("channels").getJsonObject(0);
        assertEquals("前台业务渠道", frontOffice.getString("name"));
    }

    @Test
    void anOpenApiDocumentAndReadinessAreServed() {
        ApiClient.Reply openapi = api.send(ApiClient.request(null, api.root("openapi")).header("Accept", "application/json").GET().build());
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/customers"), "OpenAPI lists the customer resource");

        ApiClient.Reply ready = api.send(ApiClient.request(null,
                java.net.URI.create(api.root("").toString().replace(":8080", ":9990") + "health/ready")).GET().build());
        assertEquals(200, ready.status(), ready.body());
        // WildFly does not run application health checks of EAR subdeployments (WFLY-12835); readiness
        // is the server's: the EAR deployed (its migrations ran) and the web module is up.
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("deployments-status")
                        && c.getJsonObject("data").getString("servicedesk-demo.ear").equals("OK")), ready.body());
    }
}
