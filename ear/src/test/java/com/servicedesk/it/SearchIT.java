package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /search}: Chinese substrings found without word segmentation, misses that are not
 * substrings, the three kinds of case, the branch scope, identity numbers and phones by their keyed
 * hash only, and the highlight. Each test writes words of its own (random Chinese characters), so
 * that what earlier runs left in the database cannot match.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;
    private String word;
    private String phone;
    private String idNumber;
    private long customerId;

    @BeforeEach
    void customer() {
        api = new ApiClient(context);
        word = chinese(6);
        phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        idNumber = IdNumbers.fresh();
        ApiClient.Reply created = api.post("agent", "customers", "{\"name\":\"检索客户" + chinese(2) + "\",\"idNumber\":\""
                + idNumber + "\",\"phone\":\"" + phone + "\"}");
        assertEquals(201, created.status(), created.body());
        customerId = created.json().getJsonNumber("id").longValue();
    }

    /** Random characters of the CJK block, which no earlier run can have written in the same order. */
    static String chinese(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return s.toString();
    }

    private JsonObject complaint(String description) {
        ApiClient.Reply reply = api.post("agent", "complaints", "{\"customerId\":" + customerId
                + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\""
                + description + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject search(String user, String q, String extra) {
        ApiClient.Reply reply = api.get(user, "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
        assertEquals(200, reply.status(), q + ": " + reply.body());
        return reply.json();
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("reference")).toList();
    }

    @Test
    void chineseSubstringsAreFoundAndWhatIsNoSubstringIsNot() {
        JsonObject created = complaint("信用卡" + word + "年费被重复扣收两次，要求退还。");
        String reference = created.getString("reference");

        for (String q : List.of(word.substring(0, 2), word.substring(1, 4), word, word + "年费")) {
            JsonObject page = search("agent", q, "");
            assertEquals(List.of(reference), references(page), "「" + q + "」 is in the description");
            assertEquals(1, page.getInt("total"));
        }
        JsonObject hit = search("agent", word.substring(2, 5), "").getJsonArray("items").getJsonObject(0);
        assertEquals("complaint", hit.getString("type"));
        assertEquals(created.getJsonNumber("id").longValue(), hit.getJsonNumber("id").longValue());
        assertTrue(hit.getString("highlight").contains("<em>" + word.substring(2, 5) + "</em>"), hit.toString());
        assertTrue(hit.getString("title").startsWith("信用卡" + word), hit.toString());
        assertTrue(hit.containsKey("receivedAt"), hit.toString());

        // the same characters in another order, or the word with one character changed, are no substring
        String reversed = new StringBuilder(word).reverse().toString();
        assertEquals(0, search("agent", reversed, "").getInt("total"), reversed);
        assertEquals(0, search("agent", word.substring(0, 5) + "乙", "").getInt("total"));
    }

    @Test
    void aServiceRequestAndAnApplicationAreFoundByTheirTextAndTheTypeNarrowsTheSearch() {
        ApiClient.Reply request = api.post("agent", "service-requests", "{\"customerId\":" + customerId
                + ",\"channel\":\"PHONE\",\"category\":\"ACCOUNT\",\"subject\":\"账户" + word + "咨询\",\"description\":\"客户询问解冻流程\"}");
        assertEquals(201, request.status(), request.body());
        ApiClient.Reply application = api.post("agent", "applications", "{\"customerId\":" + customerId
                + ",\"type\":\"CARD_REPLACEMENT\",\"description\":\"换卡：" + word + "\",\"documents\":[\"ID_CARD\"]}");
        assertEquals(201, application.status(), application.body());
        JsonObject complaint = complaint("投诉" + word);

        JsonObject all = search("agent", word, "");
        assertEquals(3, all.getInt("total"), all.toString());
        assertEquals(List.of(complaint.getString("reference"), application.json().getString("reference"),
                request.json().getString("reference")), references(all), "the newest first");
        JsonObject requests = search("agent", word, "&type=service-request");
        assertEquals(List.of(request.json().getString("reference")), references(requests));
        assertEquals("账户" + word + "咨询", requests.getJsonArray("items").getJsonObject(0).getString("title"));
        assertEquals(List.of(application.json().getString("reference")), references(search("agent", word, "&type=application")));
    }

    @Test
    void aCaseOutsideTheCallersBranchIsNeitherListedNorCounted() {
        String reference = complaint("网点" + word + "服务态度差").getString("reference");
        assertEquals(List.of(reference), references(search("supervisor", word, "")), "BJ01's supervisor");
        assertEquals(List.of(reference), references(search("manager", word, "")), "the NORTH region's manager");
        JsonObject elsewhere = search("agent2", word, "");
        assertEquals(0, elsewhere.getInt("total"), "SH01's agent: " + elsewhere);
        assertEquals(List.of(), references(elsewhere));
        assertEquals(0, search("manager.east", word, "").getInt("total"), "the EAST region's manager");
        assertEquals(List.of(reference), references(search("auditor", word, "")), "the auditor sees every branch");
    }

    @Test
    void aPhoneOrIdentityNumberFindsItsCustomersCasesByTheKeyedHashOnly() {
        String reference = complaint("客户来电反映" + word).getString("reference");
        JsonObject byPhone = search("agent", phone, "");
        assertEquals(List.of(reference), references(byPhone));
        String highlight = byPhone.getJsonArray("items").getJsonObject(0).getString("highlight");
        assertTrue(highlight.startsWith("客户：检索客户") && !highlight.contains(phone), highlight);
        assertEquals(List.of(reference), references(search("agent", idNumber, "")));

        // the same digits written in a case's text are not found through a phone search
        complaint("客户留言称手机号为" + phone.substring(0, 10) + "，" + word);
        String other = phone.substring(0, 10) + (phone.endsWith("9") ? "8" : "9");
        assertEquals(0, search("agent", other, "").getInt("total"), "a phone no customer has");
        assertEquals(0, search("agent2", phone, "").getInt("total"), "another branch's customer");
    }

    @Test
    void aReferenceIsFoundByItsBeginningAndRanksFirst() {
        JsonObject created = complaint("关于" + word + "的投诉");
        String reference = created.getString("reference");
        JsonObject page = search("agent", reference, "");
        assertEquals(reference, references(page).get(0));
        assertTrue(page.getJsonArray("items").getJsonObject(0).getString("highlight").contains("<em>" + reference + "</em>"));
        assertTrue(references(search("agent", reference.substring(0, reference.length() - 1).toLowerCase(), ""))
                .contains(reference), "a prefix, in any case");
    }

    @Test
    void aTermOfOneCharacterIsRefusedAndMarkupInTheTextIsEscaped() {
        ApiClient.Reply one = api.get("agent", "search?q=" + URLEncoder.encode("年", StandardCharsets.UTF_8));
        assertEquals(400, one.status(), one.body());
        assertTrue(one.body().contains("\"q\""), one.body());
        assertEquals(400, api.get("agent", "search?q=%20%20").status(), "blanks are no term");
        assertEquals(400, api.get("agent", "search?q=ab&type=customer").status());

        complaint("<script>" + word + "</script> & 100%_done");
        String highlight = search("agent", word, "").getJsonArray("items").getJsonObject(0).getString("highlight");
        assertEquals("&lt;script&gt;<em>" + word + "</em>&lt;/script&gt; &amp; 100%_done", highlight);
        assertEquals(1, search("agent", word + "</script> & 100%_", "").getInt("total"), "% and _ are literal");
        assertEquals(0, search("agent", word + "</script> & 10_%", "").getInt("total"));
    }
}
