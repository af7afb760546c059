package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A complaint taken in through the portal and carried to closed in a real browser: the agent
 * registers and investigates it, a supervisor approves the answer, the agent closes it.
 */
@ExtendWith({ArquillianExtension.class, Browser.ScreenshotOnFailure.class})
@RunAsClient
class ComplaintBrowserIT implements Browser.HasBrowser {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private Browser browser;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String page(String path) {
        return Deployments.portal(context) + path;
    }

    private void signIn(String user) {
        browser.signInAs(Deployments.portal(context), user);
    }

    private void signOut() {
        browser.click(By.id("headerForm:logout"));
        browser.find(By.id("loginForm:username"));
    }

    private void act(String action) {
        browser.click(By.cssSelector(".sd-action-" + action));
    }

    /** An action that asks for details: its button opens the dialog. */
    private void actWithDialog(String action) {
        browser.clickUntilVisible(By.cssSelector(".sd-action-" + action), By.id("dialogForm:confirm"));
    }

    private void confirm() {
        browser.click(By.id("dialogForm:confirm"));
    }

    private void expectStatus(String label) {
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("status"), label));
    }

    @Test
    void aComplaintIsTakenInThroughThePortalAndCarriedToClosed() {
        String name = "浏览器" + (System.nanoTime() % 100_000);
        ApiClient api = new ApiClient(context);
        assertEquals(201, api.post("agent", "customers", "{\"name\":\"" + name + "\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13722223333\"}").status());

        signIn("agent");
        browser.click(By.id("navForm:navComplaintNew"));
        browser.type(By.id("intake:customer_input"), name);
        browser.click(By.cssSelector("#intake\\:customer_panel li.ui-autocomplete-item"));
        browser.choose("intake:businessGroup", "B03");
        browser.choose("intake:businessCategory", "B0302");
        browser.choose("intake:causeGroup", "C11");
        browser.choose("intake:cause", "C1101");
        browser.type(By.id("intake:description"), "信用卡年费被重复扣收两次，要求退还多收部分。");
        browser.screenshot("complaint-intake");
        browser.click(By.id("intake:submit"));

        expectStatus("已登记");
        String reference = browser.text(By.tagName("h1"));
        assertTrue(reference.matches("投诉详情 TS-\\d{8}-\\d{6}"), reference);
        assertTrue(browser.text(By.id("clock")).contains("剩余"), "the deadline clock shows the time left");

        act("ACCEPT");
        expectStatus("已受理");
        act("START_INVESTIGATION");
        expectStatus("调查处理中");
        actWithDialog("PROPOSE_RESOLUTION");
        browser.type(By.id("dialogForm:resolution"), "经核实系批扣任务重复执行，退还多收年费并致歉。");
        browser.choose("dialogForm:remedyType", "退款");
        browser.type(By.id("dialogForm:amount_input"), "300");
        browser.type(By.id("dialogForm:rootCause"), "年费批扣任务重复执行");
        confirm();
        expectStatus("待审批");
        assertTrue(browser.driver().findElements(By.cssSelector(".sd-action-RESPOND")).isEmpty(),
                "an agent cannot approve, and no one approves their own proposal");
        String url = browser.driver().getCurrentUrl();
        signOut();

        signIn("supervisor");
        browser.click(By.id("navForm:navApprovals"));
        browser.click(By.linkText(reference.substring("投诉详情 ".length())));
        actWithDialog("RESPOND");
        browser.choose("dialogForm:channel", "电话");
        confirm();
        expectStatus("已答复");
        browser.screenshot("complaint-responded");
        signOut();
        // the decision's delivery records when the customer was told, a change of the complaint:
        // the agent opens it after that, or the close would be refused as made on a stale page
        awaitDeliveries(api, Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1")));

        signIn("agent");
        browser.open(url);
        actWithDialog("CLOSE");
        confirm();
        expectStatus("已办结");
        List<String> timeline = browser.driver().findElements(By.cssSelector("#timeline .sd-tl-action")).stream()
                .map(WebElement::getText)
                .filter(action -> !action.equals("告知客户")) // the delivery is asynchronous: its place in the timeline varies
                .toList();
        assertEquals(List.of("登记", "受理", "出具告知书", "开始调查", "提出处理方案", "批准并答复客户", "出具告知书", "办结"),
                timeline, "the acceptance and the decision each leave their letter in the timeline");
        browser.screenshot("complaint-closed");
    }

    /** Runs the notification job until every message to the customer (posted letters aside) has left. */
    private void awaitDeliveries(ApiClient api, long id) {
        TestKit kit = new TestKit(context);
        for (int attempt = 0; attempt < 20; attempt++) {
            kit.runJob("notifications");
            ApiClient.Reply reply = api.get("agent", "complaints/" + id + "/notifications");
            assertEquals(200, reply.status(), reply.body());
            if (reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .noneMatch(n -> n.getString("status").equals("PENDING") && !n.getString("channel").equals("LETTER"))) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("the complaint's notifications were not delivered");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void theComplaintListHighlightsOverdueComplaints() {
        signIn("supervisor");
        browser.open(page("complaints.xhtml?overdue=true"));
        browser.find(By.cssSelector("#list\\:complaints tr.sd-row-overdue"));
        browser.screenshot("complaints-overdue");
        assertTrue(browser.driver().findElements(By.cssSelector("#list\\:complaints tbody tr")).stream()
                .allMatch(row -> row.getAttribute("class").contains("sd-row-overdue")));
    }

    @Test
    void anEvidenceFileIsDroppedOnTheComplaintAndListedWithItsDigest() throws Exception {
        ApiClient api = new ApiClient(context);
        ApiClient.Reply customer = api.post("agent", "customers", "{\"name\":\"钱多多\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13722224444\"}");
        ApiClient.Reply complaint = api.post("agent", "complaints", "{\"customerId\":" + customer.json().getJsonNumber("id")
                + ",\"channel\":\"LETTER\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"来信投诉。\"}");
        assertEquals(201, complaint.status(), complaint.body());
        long id = complaint.json().getJsonNumber("id").longValue();
        java.nio.file.Path letter = java.nio.file.Files.createTempFile("customer-letter", ".txt");
        java.nio.file.Files.writeString(letter, "尊敬的银行：我的信用卡年费被重复扣收，请核实退还。", StandardCharsets.UTF_8);

        signIn("agent");
        browser.open(page("complaint.xhtml?id=" + id));
        browser.waitForText("证据材料");
        browser.driver().findElement(By.cssSelector("input[type=file][id$='upload_input']")).sendKeys(letter.toString());
        browser.waitFor().until(d -> d.findElement(By.id("files:fileTable")).getText().contains(letter.getFileName().toString()));
        browser.screenshot("complaint-evidence");
        String row = browser.text(By.id("files:fileTable"));
        assertTrue(row.contains("text/plain") && row.contains("agent"), row);
        String sha = api.get("agent", "complaints/" + id + "/attachments").json().getJsonArray("items").getJsonObject(0)
                .getString("sha256");
        assertTrue(row.contains(sha.substring(0, 12)), row);

        // the acceptance writes its letter, which the case page lists and opens
        assertEquals(200, api.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"ACCEPT\"}").status());
        String number = api.get("agent", "complaints/" + id + "/letters").json().getJsonArray("items").getJsonObject(0)
                .getString("number");
        browser.open(page("complaint.xhtml?id=" + id));
        browser.waitFor().until(d -> d.findElement(By.id("letterForm:letterTable")).getText().contains(number));
        String letters = browser.text(By.id("letterForm"));
        assertTrue(letters.contains("投诉受理通知书") && letters.contains("短信"), letters);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id("letterForm")));
        browser.screenshot("complaint-letters");
        browser.driver().findElement(By.linkText(number)).click();
        browser.waitFor().until(d -> api.get("agent", "complaints/" + id + "/history").body().contains("READ_LETTER"));
    }

    @Test
    void anUploadedScanProvidesAnApplicationsChecklistItem() throws Exception {
        ApiClient api = new ApiClient(context);
        ApiClient.Reply customer = api.post("agent", "customers", "{\"name\":\"孔繁星\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13722225555\"}");
        ApiClient.Reply application = api.post("agent", "applications", "{\"customerId\":" + customer.json().getJsonNumber("id")
                + ",\"type\":\"CARD_REPLACEMENT\",\"description\":\"借记卡消磁，申请换卡。\",\"documents\":[]}");
        assertEquals(201, application.status(), application.body());
        long id = application.json().getJsonNumber("id").longValue();
        java.nio.file.Path form = java.nio.file.Files.createTempFile("replacement-form", ".txt");
        java.nio.file.Files.writeString(form, "换卡补卡申请表：客户签字确认。", StandardCharsets.UTF_8);

        signIn("agent");
        browser.open(page("application.xhtml?id=" + id));
        browser.waitForText("证据材料");
        browser.driver().findElement(By.cssSelector("input[type=file][id$='upload_input']")).sendKeys(form.toString());
        browser.find(By.id("checklistForm:provideCode"));
        browser.choose("checklistForm:provideCode", "换卡补卡申请表");
        browser.choose("checklistForm:provideFile", form.getFileName().toString());
        browser.click(By.id("checklistForm:provideButton"));
        browser.waitFor().until(d -> d.findElement(By.id("checklist")).getText().contains(form.getFileName().toString()));
        browser.screenshot("application-checklist-file");
        assertEquals(java.util.Set.of("REPLACEMENT_FORM"),
                api.get("agent", "applications/" + id).json().getJsonObject("documentFiles").keySet());
    }

    @Test
    void aSupervisorMergesARepeatIntoTheOpenComplaintAndReadsItFromTheSurvivor() {
        ApiClient api = new ApiClient(context);
        long customer = api.post("agent", "customers", "{\"name\":\"重复来电\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13722226666\"}").json().getJsonNumber("id").longValue();
        String body = "{\"customerId\":" + customer + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0302\","
                + "\"cause\":\"C1101\",\"description\":\"年费重复扣收。\"}";
        ApiClient.Reply first = api.post("agent", "complaints", body);
        ApiClient.Reply second = api.post("agent", "complaints", body.replace("年费重复扣收。", "再次来电催办年费退还。"));
        String survivor = first.json().getString("reference");
        String repeat = second.json().getString("reference");

        signIn("supervisor");
        browser.open(page("complaint.xhtml?id=" + second.json().getJsonNumber("id")));
        browser.waitFor().until(d -> d.findElement(By.id("possibleDuplicates")).getText().contains(survivor));
        actWithDialog("MERGE");
        browser.choose("dialogForm:into", survivor);
        browser.type(By.id("dialogForm:reason"), "客户就同一事项再次来电，合并处理。");
        browser.screenshot("complaint-merge-dialog");
        confirm();
        expectStatus("已合并");
        browser.click(By.id("survivor"));
        browser.waitFor().until(d -> d.findElement(By.id("mergedComplaints")).getText().contains(repeat));
        String timeline = browser.text(By.id("timeline"));
        assertTrue(timeline.contains("并入投诉") && timeline.contains(repeat), timeline);
        browser.screenshot("complaint-survivor");
    }

    @Test
    void aSupervisorPlacesALegalHoldOnAComplaintAndTheManagerReleasesIt() {
        ApiClient api = new ApiClient(context);
        long customer = api.post("agent", "customers", "{\"name\":\"冻结客户\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13755556666\"}").json().getJsonNumber("id").longValue();
        long id = api.post("agent", "complaints", "{\"customerId\":" + customer + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"诉讼中的投诉\"}").json()
                .getJsonNumber("id").longValue();

        signIn("supervisor");
        browser.open(page("complaint.xhtml?id=" + id));
        browser.type(By.id("holdForm:holdReasonInput"), "客户已起诉，法院保全证据");
        browser.click(By.id("holdForm:placeHold"));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("holdPanel"), "客户已起诉，法院保全证据"));
        browser.screenshot("legal-hold-placed");
        assertEquals(1, api.get("auditor", "legal-holds?target=COMPLAINT&targetId=" + id).json().getJsonArray("items").size());
        // the one who placed it may not release it
        browser.type(By.id("holdForm:holdReasonInput"), "误操作");
        browser.click(By.id("holdForm:releaseHold"));
        browser.waitForText("根据双人复核原则");
        signOut();

        signIn("manager");
        browser.open(page("complaint.xhtml?id=" + id));
        browser.type(By.id("holdForm:holdReasonInput"), "诉讼终结");
        browser.click(By.id("holdForm:releaseHold"));
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("holdForm:placeHold")));
        assertFalse(api.get("auditor", "legal-holds?target=COMPLAINT&targetId=" + id).json().getJsonArray("items")
                .getJsonObject(0).getBoolean("active"));
        assertTrue(api.get("supervisor", "complaints/" + id + "/history").array().getValuesAs(jakarta.json.JsonObject.class)
                .stream().anyMatch(e -> e.getString("action").equals("RELEASE_HOLD")), "the release is in the case's history");
        browser.screenshot("legal-hold-released");
    }
}
