package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A branch's life as an administrator sees it: opened in a region, staffed, taking customers and
 * complaints; refused closing while anything is open there; its open cases and customers moved to
 * another branch, each with the move in its own history; closed, after which it takes no new work
 * but its cases stay readable. Each run uses a branch code of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationAdminIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;

    private ApiClient api() {
        if (api == null) {
            api = new ApiClient(context);
        }
        return api;
    }


    private static void refused(int status, String problemType, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        if (problemType != null) {
            assertTrue(reply.json().getString("type").endsWith(problemType), reply.body());
        }
    }

    @Test
    void aBranchClosesOnlyOnceItsOpenCasesCustomersAndStaffHaveMovedElsewhere() {
        String code = "T" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        String agent = "agent-" + code.toLowerCase();
        // a region of its own, so that no other test's view of the demo regions changes
        String region = "RT" + code.substring(1);
        assertEquals(201, api().post("admin", "admin/organisation/regions", "{\"code\":\"" + region
                + "\",\"nameZh\":\"测试区域\",\"nameEn\":\"Test Region\",\"divisionCode\":\"110000\"}").status());

        ApiClient.Reply opened = api().post("admin", "admin/organisation/branches", "{\"code\":\"" + code
                + "\",\"regionCode\":\"" + region + "\",\"nameZh\":\"测试支行\",\"nameEn\":\"Test Sub-branch\",\"divisionCode\":\"110105\"}");
        assertEquals(201, opened.status(), opened.body());
        assertEquals("OPEN", opened.json().getString("status"));
        assertTrue(opened.header("Location").orElseThrow().endsWith("/admin/organisation/branches/" + code));
        refused(409, "branch-exists", api().post("admin", "admin/organisation/branches", "{\"code\":\"" + code
                + "\",\"regionCode\":\"" + region + "\",\"nameZh\":\"重复\",\"nameEn\":\"Twice\",\"divisionCode\":\"110105\"}"));
        ApiClient.Reply bad = api().post("admin", "admin/organisation/branches",
                "{\"code\":\"x\",\"regionCode\":\"NOWHERE\",\"nameZh\":\"\",\"nameEn\":\"N\",\"divisionCode\":\"11\"}");
        refused(400, null, bad);
        assertEquals(4, bad.json().getJsonArray("violations").size(), bad.body());
        refused(403, null, api().post("manager", "admin/organisation/branches", "{\"code\":\"Q" + code
                + "\",\"regionCode\":\"" + region + "\",\"nameZh\":\"测试\",\"nameEn\":\"Test\",\"divisionCode\":\"110105\"}"));
        assertTrue(api().get("agent", "reference/branches").array().stream()
                .anyMatch(b -> b.asJsonObject().getString("code").equals(code)), "an open branch is offered");

        // renamed under If-Match: a stale version is 412 and changes nothing
        refused(412, null, api().put("admin", "admin/organisation/branches/" + code,
                "{\"nameZh\":\"旧名\",\"nameEn\":\"Stale\"}", "If-Match", "\"7\""));
        ApiClient.Reply renamed = api().put("admin", "admin/organisation/branches/" + code,
                "{\"nameZh\":\"测试东城支行\",\"nameEn\":\"Test Dongcheng Sub-branch\"}",
                "If-Match", opened.header("ETag").orElseThrow());
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("测试东城支行", renamed.json().getString("nameZh"));
        assertEquals(1, renamed.json().getJsonNumber("version").longValue());

        // staffed, with a customer and an open complaint
        ApiClient.Reply user = api().post("admin", "admin/users", "{\"username\":\"" + agent
                + "\",\"displayName\":\"测试坐席\",\"role\":\"AGENT\",\"branchCode\":\"" + code + "\",\"password\":\"Branch#Move2026\"}");
        assertEquals(201, user.status(), user.body());
        ApiClient.password(agent, "Branch#Move2026");
        ApiClient.Reply customer = api().post(agent, "customers", "{\"name\":\"钱晓峰\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13700002222\"}");
        assertEquals(201, customer.status(), customer.body());
        long customerId = customer.json().getJsonNumber("id").longValue();
        ApiClient.Reply complaint = api().post(agent, "complaints", "{\"customerId\":" + customerId
                + ",\"channel\":\"BRANCH\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"网点撤并前受理的投诉。\"}");
        assertEquals(201, complaint.status(), complaint.body());
        long complaintId = complaint.json().getJsonNumber("id").longValue();
        refused(404, null, api().get("supervisor", "complaints/" + complaintId));

        ApiClient.Reply notEmpty = api().post("admin", "admin/organisation/branches/" + code + "/close", "{}");
        refused(409, "branch-not-empty", notEmpty);
        String detail = notEmpty.json().getString("detail");
        assertTrue(detail.contains("1 complaints") && detail.contains("1 customers") && detail.contains("1 members of staff"),
                detail);
        JsonObject still = api().get("admin", "admin/organisation/branches/" + code).json();
        assertEquals("OPEN", still.getString("status"), "a refused close changes nothing");
        assertEquals(1, still.getJsonObject("open").getInt("complaints"));

        refused(400, null, api().post("admin", "admin/organisation/branches/" + code + "/move-open-cases",
                "{\"to\":\"" + code + "\"}"));
        ApiClient.Reply moved = api().post("admin", "admin/organisation/branches/" + code + "/move-open-cases",
                "{\"to\":\"BJ01\"}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(1, moved.json().getInt("complaints"));
        assertEquals(1, moved.json().getInt("customers"));
        assertEquals(0, moved.json().getInt("service requests"));

        JsonObject movedComplaint = api().get("supervisor", "complaints/" + complaintId).json();
        assertEquals("BJ01", movedComplaint.getString("branchCode"), "the complaint is now BJ01's");
        JsonValue move = api().get("supervisor", "complaints/" + complaintId + "/history").array().stream()
                .filter(e -> e.asJsonObject().getString("action").equals("MOVE_BRANCH")).findFirst().orElseThrow();
        assertEquals("admin", move.asJsonObject().getString("actor"));
        assertTrue(move.asJsonObject().getString("before").contains(code), move.toString());
        assertTrue(move.asJsonObject().getString("after").contains("BJ01"), move.toString());

        // the member of staff moves too, then the branch closes
        refused(409, "branch-not-empty", api().post("admin", "admin/organisation/branches/" + code + "/close", "{}"));
        assertEquals(200, api().put("admin", "admin/users/" + agent + "/role",
                "{\"role\":\"AGENT\",\"branchCode\":\"BJ01\"}").status());
        ApiClient.Reply closed = api().post("admin", "admin/organisation/branches/" + code + "/close",
                "{\"closedOn\":\"2026-12-31\"}");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals("2026-12-31", closed.json().getString("closedOn"));

        assertFalse(api().get("agent", "reference/branches").array().stream()
                .anyMatch(b -> b.asJsonObject().getString("code").equals(code)), "a closed branch takes no new work");
        refused(400, null, api().post("admin", "admin/users", "{\"username\":\"late-" + code.toLowerCase()
                + "\",\"displayName\":\"迟到\",\"role\":\"AGENT\",\"branchCode\":\"" + code + "\",\"password\":\"Branch#Move2026\"}"));
        refused(409, "branch-closed", api().put("admin", "admin/organisation/branches/" + code,
                "{\"nameZh\":\"再改名\",\"nameEn\":\"Renamed again\"}"));
        JsonValue closing = api().get("auditor", "audit/entries?entityType=Branch&entityId=" + code).json().getJsonArray("items")
                .stream().filter(e -> e.asJsonObject().getString("action").equals("CLOSE")).findFirst().orElseThrow();
        assertTrue(closing.asJsonObject().getString("after").contains("CLOSED"), closing.toString());
    }

    @Test
    void aRegionIsOpenedAndRenamedWithItsVersion() {
        String code = "R" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        ApiClient.Reply opened = api().post("admin", "admin/organisation/regions",
                "{\"code\":\"" + code + "\",\"nameZh\":\"西南区域\",\"nameEn\":\"South-west Region\",\"divisionCode\":\"510000\"}");
        assertEquals(201, opened.status(), opened.body());
        ApiClient.Reply renamed = api().put("admin", "admin/organisation/regions/" + code,
                "{\"nameZh\":\"西南大区\",\"nameEn\":\"South-west China Region\"}", "If-Match", "\"0\"");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("\"1\"", renamed.header("ETag").orElseThrow());
        refused(412, null, api().put("admin", "admin/organisation/regions/" + code,
                "{\"nameZh\":\"又改\",\"nameEn\":\"Again\"}", "If-Match", "\"0\""));
        assertTrue(api().get("agent", "reference/regions").array().stream()
                .anyMatch(r -> r.asJsonObject().getString("name").equals("西南大区")));
    }
}
