package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The letters the complaint rules require, each written at its transition and read back with PDFBox
 * for the facts it must tell; delivered by e-mail to a real SMTP server (GreenMail) with the letter
 * attached, by SMS through the gateway stub with a retry after a refusal, or left for the branch to
 * post; and the customer's being told taken from the delivery.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LetterIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("servicedesk.it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private TestKit kit;

    private ApiClient api() {
        if (api == null) {
            api = new ApiClient(context);
            kit = new TestKit(context);
        }
        return api;
    }

    private JsonObject customer(String extra) {
        ApiClient.Reply customer = api().post("agent", "customers", "{\"name\":\"李明\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\"" + extra + "}");
        assertEquals(201, customer.status(), customer.body());
        return customer.json();
    }

    private JsonObject complaint(JsonObject customer) {
        ApiClient.Reply c = api().post("agent", "complaints", "{\"customerId\":" + customer.getJsonNumber("id")
                + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"信用卡年费被重复扣收。\"}");
        assertEquals(201, c.status(), c.body());
        return c.json();
    }

    private JsonObject act(String user, long id, String action, String extra) {
        ApiClient.Reply reply = api().post(user, "complaints/" + id + "/transitions", "{\"action\":\"" + action + "\"" + extra + "}");
        assertEquals(200, reply.status(), action + ": " + reply.body());
        return reply.json();
    }

    private List<JsonObject> items(String path) {
        ApiClient.Reply reply = api().get("agent", path);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The letter's PDF as served, checked against the digest the list gives, and its text. */
    private String letterText(long complaintId, JsonObject letter) throws Exception {
        HttpResponse<byte[]> pdf = http.send(ApiClient.request("agent", api().api("complaints/" + complaintId
                + "/letters/" + letter.getJsonNumber("id") + "/content")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()));
        assertEquals(letter.getString("sha256"), sha);
        ReportChecks.assertPdfA1b(pdf.body());
        return text(pdf.body());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void assertContains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), "missing '" + e + "' in:\n" + text);
        }
    }

    private JsonObject lastLetter(long id, String kind) {
        List<JsonObject> letters = items("complaints/" + id + "/letters");
        JsonObject last = letters.get(letters.size() - 1);
        assertEquals(kind, last.getString("kind"));
        assertTrue(last.getString("number").startsWith("LTR-"), last.toString());
        return last;
    }

    @Test
    void eachTransitionWritesItsLetterAndTheEmailCarriesItToTheCustomer() throws Exception {
        String idNumber = IdNumbers.fresh();
        ApiClient.Reply registered = api().post("agent", "customers", "{\"name\":\"李明\",\"idNumber\":\"" + idNumber
                + "\",\"phone\":\"13800001234\",\"email\":\"li.ming@example.com\",\"preferredChannel\":\"EMAIL\"}");
        assertEquals(201, registered.status(), registered.body());
        assertEquals("l******@example.com", registered.json().getString("email"));
        assertEquals("EMAIL", registered.json().getString("preferredChannel"));
        JsonObject created = complaint(registered.json());
        long id = created.getJsonNumber("id").longValue();
        String reference = created.getString("reference");

        act("agent", id, "ACCEPT", "");
        assertContains(letterText(id, lastLetter(id, "ACCEPTANCE")), "投诉受理通知书", "尊敬的李明", reference, "处理决定告知期限");
        act("supervisor", id, "EXTEND", ",\"reason\":\"需调取第三方支付机构的交易记录\"");
        assertContains(letterText(id, lastLetter(id, "EXTENSION")), "投诉延期处理告知书", "需调取第三方支付机构的交易记录", "延长至30日");
        act("agent", id, "PAUSE_CLOCK", ",\"reason\":\"委托司法鉴定机构鉴定签名真伪\"");
        assertContains(letterText(id, lastLetter(id, "PAUSE")), "暂停计时告知书", "委托司法鉴定机构鉴定签名真伪", "不计入处理期限");
        act("agent", id, "RESUME_CLOCK", "");
        act("agent", id, "START_INVESTIGATION", "");
        act("agent", id, "PROPOSE_RESOLUTION", ",\"resolution\":\"全额退还重复扣收的年费\",\"rootCause\":\"年费批扣任务重复执行\","
                + "\"remedy\":{\"type\":\"REFUND\",\"amount\":{\"amount\":\"300\",\"currency\":\"CNY\"}}");
        act("supervisor", id, "RESPOND", ",\"channel\":\"EMAIL\"");
        assertContains(letterText(id, lastLetter(id, "DECISION")), "投诉处理决定告知书", "年费批扣任务重复执行",
                "全额退还重复扣收的年费", "退款 300.00 CNY", "30日内", "调解", "12378", "人民法院");
        act("agent", id, "REQUEST_REVIEW", ",\"reason\":\"客户要求补偿利息\"");
        act("manager", id, "DECIDE_REVIEW", ",\"reason\":\"利息损失未获证实，维持原决定\",\"reviewOutcome\":\"UPHELD\"");
        assertContains(letterText(id, lastLetter(id, "REVIEW_DECISION")), "投诉核查决定告知书", "维持原决定",
                "利息损失未获证实", "12378");
        assertEquals(5, items("complaints/" + id + "/letters").size(), "no letter for the steps that tell nothing");

        kit.runJob("notifications");
        assertTrue(MAIL.waitForIncomingEmail(30_000, 5), "five letters reach the SMTP server");
        List<MimeMessage> mine = List.of(MAIL.getReceivedMessages()).stream()
                .filter(m -> subject(m).contains(reference)).toList();
        assertEquals(5, mine.size(), "one e-mail per letter, none twice");
        MimeMessage decision = mine.stream().filter(m -> subject(m).contains("投诉处理决定告知书")).findFirst().orElseThrow();
        assertEquals("li.ming@example.com", decision.getAllRecipients()[0].toString());
        Multipart parts = (Multipart) decision.getContent();
        String body = (String) parts.getBodyPart(0).getContent();
        assertContains(body, "尊敬的李明", reference, "全额退还重复扣收的年费");
        assertFalse(body.contains(idNumber), "no identity number in a notification");
        BodyPart attachment = parts.getBodyPart(1);
        assertEquals("application/pdf", attachment.getContentType().split(";")[0]);
        try (InputStream in = attachment.getInputStream()) {
            assertContains(text(in.readAllBytes()), "投诉处理决定告知书", reference, "12378");
        }

        List<JsonObject> notifications = items("complaints/" + id + "/notifications");
        assertEquals(5, notifications.size());
        notifications.forEach(n -> {
            assertEquals("EMAIL", n.getString("channel"));
            assertEquals("SENT", n.getString("status"), n.toString());
            assertEquals(1, n.getInt("attempts"));
            assertNotNull(n.getString("sentAt"));
        });
        JsonObject after = api().get("agent", "complaints/" + id).json();
        assertEquals("EMAIL", after.getString("responseChannel"));
        assertTrue(after.getBoolean("decidedWithinLimit"));
        String history = api().get("agent", "complaints/" + id + "/history").body();
        assertTrue(history.contains("\"action\":\"ISSUE_LETTER\"") && history.contains("\"action\":\"NOTIFY\""), history);
        assertEquals(404, api().get("agent2", "complaints/" + id + "/letters").status());
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeclineGoesBySmsAndARefusedSendIsRetriedWithBackOff() throws Exception {
        JsonObject customer = customer(",\"phone\":\"13900004321\",\"preferredChannel\":\"SMS\"");
        JsonObject created = complaint(customer);
        long id = created.getJsonNumber("id").longValue();
        // refuse only this customer's message: the scheduled dispatcher may deliver others meanwhile
        kit.put("sms-failures", "{\"count\":1,\"to\":\"13900004321\"}", 200);
        try {
            act("supervisor", id, "DECLINE", ",\"reason\":\"该事项已由人民法院受理\"");
            assertContains(letterText(id, lastLetter(id, "DECLINE")), "不予受理", "该事项已由人民法院受理", "12378");
            kit.runJob("notifications");
            JsonObject failed = items("complaints/" + id + "/notifications").get(0);
            assertEquals("PENDING", failed.getString("status"), failed.toString());
            assertEquals(1, failed.getInt("attempts"));
            assertTrue(failed.getString("lastError").contains("503"), failed.toString());

            kit.moveClock(Duration.ofMinutes(5));
            kit.runJob("notifications");
            JsonObject sent = items("complaints/" + id + "/notifications").get(0);
            assertEquals("SENT", sent.getString("status"), sent.toString());
            assertEquals(2, sent.getInt("attempts"));
        } finally {
            kit.moveClock(Duration.ZERO);
            kit.put("sms-failures", "{\"count\":0}", 200);
        }
        List<JsonObject> sms = kit.get("sms-messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("text").contains(created.getString("reference"))).toList();
        assertEquals(1, sms.size(), "the refused attempt left nothing, the retry one message");
        assertEquals("13900004321", sms.get(0).getString("to"));
        assertContains(sms.get(0).getString("text"), "【澜海银行】", "不予受理", "该事项已由人民法院受理");
    }

    @Test
    void aLetterForThePostWaitsForTheBranchToPostIt() {
        JsonObject customer = customer(",\"preferredChannel\":\"LETTER\"");
        long id = complaint(customer).getJsonNumber("id").longValue();
        act("agent", id, "ACCEPT", "");
        kit.runJob("notifications");
        JsonObject waiting = items("complaints/" + id + "/notifications").get(0);
        assertEquals("LETTER", waiting.getString("channel"));
        assertEquals("PENDING", waiting.getString("status"), "the outbox never sends a letter for the post");
        String posted = "complaints/" + id + "/notifications/" + waiting.getJsonNumber("id") + "/posted";
        assertEquals(404, api().post("agent2", posted, "").status());
        ApiClient.Reply done = api().post("agent", posted, "");
        assertEquals(200, done.status(), done.body());
        assertEquals("SENT", done.json().getString("status"));
        assertEquals("agent", done.json().getString("sentBy"));
        assertEquals(409, api().post("agent", posted, "").status(), "posted once");

        assertEquals(400, api().post("agent", "customers", "{\"name\":\"王芳\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"preferredChannel\":\"EMAIL\"}").status(), "EMAIL needs an address");
        assertEquals(400, api().post("agent", "customers", "{\"name\":\"王芳\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"email\":\"not-an-address\"}").status());
    }
}
