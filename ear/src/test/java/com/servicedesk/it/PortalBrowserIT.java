package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal in a real browser: sign in through the login page, see the dashboard in both languages. */
@ExtendWith({ArquillianExtension.class, Browser.ScreenshotOnFailure.class})
@RunAsClient
class PortalBrowserIT implements Browser.HasBrowser {

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

    private void signIn(String user, String password) {
        browser.signIn(Deployments.portal(context), user, password);
    }

    @Test
    void anUnsignedVisitorIsSentToTheLoginPage() {
        browser.open(page(""));
        browser.find(By.id("loginForm:username"));
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), browser.driver().getCurrentUrl());
    }

    @Test
    void anAgentSignsInAndSeesTheDashboardInChineseAndInEnglish() {
        signIn("agent", ApiClient.PASSWORD);
        browser.waitForText("您好，张伟");
        assertEquals("工作台", browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.id("currentUser")).contains("客服专员"));
        long customers = Long.parseLong(browser.text(By.cssSelector("#tileCustomers .sd-tile-value")));
        assertTrue(customers >= 500, "BJ01's customers counted in the database: " + customers);
        assertTrue(browser.driver().findElements(By.id("navForm:navAudit")).isEmpty(), "agents have no audit page");
        browser.screenshot("dashboard-agent-zh");

        browser.click(By.id("headerForm:langEn"));
        browser.waitForText("Welcome, 张伟");
        assertEquals("Dashboard", browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.id("currentUser")).contains("Agent"));
        browser.screenshot("dashboard-agent-en");

        browser.click(By.id("headerForm:langZh"));
        browser.waitForText("您好，张伟");

        browser.click(By.id("headerForm:logout"));
        browser.find(By.id("loginForm:username"));
        browser.open(page("index.xhtml"));
        browser.find(By.id("loginForm:username"));
    }

    @Test
    void theLanguagePickedOnTheSignInPageBecomesTheUsersLanguage() {
        browser.open(page("login.xhtml"));
        browser.click(By.id("langForm:langEn"));
        browser.waitForText("Sign in");
        browser.type(By.id("loginForm:username"), "bj02.agent1");
        browser.type(By.id("loginForm:password"), ApiClient.PASSWORD);
        browser.click(By.id("loginForm:submit"));
        browser.waitForText("Welcome");
        assertEquals("Dashboard", browser.text(By.tagName("h1")), "the language picked, not the stored Chinese");
        browser.click(By.id("headerForm:logout"));
        browser.find(By.id("loginForm:username"));

        signIn("bj02.agent1", ApiClient.PASSWORD);
        browser.waitForText("Welcome");
        assertEquals("Dashboard", browser.text(By.tagName("h1")), "remembered for the next sign-in");
        browser.click(By.id("headerForm:langZh"));
        browser.waitForText("您好");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        signIn("agent", "wrong-password");
        browser.waitForText("用户名或密码不正确");
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
        assertFalse(browser.driver().getPageSource().contains("您好，张伟"));
    }

    @Test
    void anAgentTakesAServiceRequestFromIntakeToClosed() {
        String name = "服务" + (System.nanoTime() % 100_000);
        ApiClient api = new ApiClient(context);
        assertEquals(201, api.post("agent", "customers", "{\"name\":\"" + name + "\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13755556666\"}").status());
        signIn("agent", ApiClient.PASSWORD);
        browser.find(By.id("headerForm:logout"));
        browser.click(By.id("navForm:navRequestNew"));
        browser.type(By.id("intake:customer_input"), name);
        browser.click(By.cssSelector("#intake\\:customer_panel li.ui-autocomplete-item"));
        browser.choose("intake:category", "账户管理");
        browser.type(By.id("intake:subject"), "账户冻结咨询");
        browser.type(By.id("intake:description"), "客户询问账户被冻结后的解冻流程和所需材料。");
        browser.click(By.id("intake:submit"));

        expectStatus("待受理");
        assertTrue(browser.text(By.id("clock")).contains("剩余"));
        browser.click(By.cssSelector(".sd-action-ACCEPT"));
        expectStatus("已受理");
        browser.click(By.cssSelector(".sd-action-START"));
        expectStatus("处理中");
        browser.clickUntilVisible(By.cssSelector(".sd-action-RESPOND"), By.id("dialogForm:response"));
        browser.type(By.id("dialogForm:response"), "已告知客户需携带身份证及法院解冻通知书到网点办理。");
        browser.click(By.id("dialogForm:confirm"));
        expectStatus("已反馈");
        browser.clickUntilVisible(By.cssSelector(".sd-action-FOLLOW_UP"), By.id("dialogForm:note"));
        browser.type(By.id("dialogForm:note"), "回访客户，已顺利办理解冻。");
        browser.click(By.id("dialogForm:confirm"));
        expectStatus("已跟进");
        browser.click(By.cssSelector(".sd-action-CLOSE"));
        expectStatus("已关闭");
        List<String> timeline = browser.driver().findElements(By.cssSelector("#timeline .sd-tl-action")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("登记", "受理", "开始处理", "反馈结果", "完成跟进", "关闭"), timeline);
        browser.screenshot("service-request-closed");
    }

    @Test
    void aStoredScriptIsShownAsTextAndNeverRuns() {
        ApiClient api = new ApiClient(context);
        String name = "脚本" + (System.nanoTime() % 100_000);
        long customer = api.post("agent", "customers", "{\"name\":\"" + name + "\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13766667777\"}").json().getJsonNumber("id").longValue();
        String payload = "<script>window.__xss=1</script><img src=x onerror=\\\"window.__xss=2\\\">";
        ApiClient.Reply complaint = api.post("agent", "complaints", "{\"customerId\":" + customer + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"B0302\",\"cause\":\"C0101\",\"description\":\"" + payload + "\"}");
        assertEquals(201, complaint.status(), complaint.body());
        long id = complaint.json().getJsonNumber("id").longValue();
        signIn("agent", ApiClient.PASSWORD);
        browser.find(By.id("headerForm:logout"));
        browser.open(page("complaint.xhtml?id=" + id));
        browser.waitForText("<script>window.__xss=1</script>");
        Object ran = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.__xss;");
        assertEquals(null, ran, "the stored script must not run");
        assertTrue(browser.driver().findElements(By.cssSelector(".sd-pre img")).isEmpty(), "no element was injected");
        browser.screenshot("xss-inert");
    }

    @Test
    void anAgentSearchesFromTheHeaderAndOpensTheComplaintFound() {
        ApiClient api = new ApiClient(context);
        String word = SearchIT.chinese(6);
        long customer = api.post("agent", "customers", "{\"name\":\"检索浏览器" + SearchIT.chinese(2) + "\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13766668888\"}").json().getJsonNumber("id").longValue();
        ApiClient.Reply complaint = api.post("agent", "complaints", "{\"customerId\":" + customer + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"客户反映" + word + "扣费异常。\"}");
        assertEquals(201, complaint.status(), complaint.body());
        String reference = complaint.json().getString("reference");

        signIn("agent", ApiClient.PASSWORD);
        browser.type(By.id("headerSearchQ"), word.substring(1, 4) + org.openqa.selenium.Keys.ENTER);
        browser.waitForText(reference);
        assertEquals(word.substring(1, 4), browser.text(By.cssSelector("#searchForm\\:hits .sd-search-hit em")),
                "the match is marked");
        assertTrue(browser.text(By.id("searchForm:hits")).contains("共找到 1"), browser.text(By.id("searchForm:hits")));
        browser.screenshot("search-results");
        browser.click(By.linkText(reference));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), reference));
    }

    @Test
    void aSupervisorOpensASharedViewFromTheMenuAssignsItsComplaintsInOneGoAndSavesAViewOfHerOwn() {
        ApiClient api = new ApiClient(context);
        long customer = api.post("agent", "customers", "{\"name\":\"批量浏览器" + SearchIT.chinese(2) + "\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13766667777\"}").json().getJsonNumber("id").longValue();
        List<String> references = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ApiClient.Reply c = api.post("agent", "complaints", "{\"customerId\":" + customer + ",\"channel\":\"PHONE\","
                    + "\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"批量分派第" + i + "件\"}");
            assertEquals(201, c.status(), c.body());
            references.add(c.json().getString("reference"));
            if (i == 1) {
                assertEquals(200, api.post("agent", "complaints/" + c.json().getJsonNumber("id") + "/transitions",
                        "{\"action\":\"WITHDRAW\",\"reason\":\"客户撤回\"}").status());
            }
        }
        String viewName = "客户" + customer + "的投诉";
        ApiClient.Reply view = api.post("agent", "saved-views", "{\"name\":\"" + viewName + "\",\"list\":\"COMPLAINTS\","
                + "\"query\":\"customerId=" + customer + "\",\"shared\":true}");
        assertEquals(201, view.status(), view.body());

        signIn("supervisor", ApiClient.PASSWORD);
        WebElement link = browser.find(By.xpath("//a[contains(@class,'sd-view-link')][.//span[text()='" + viewName + "']]"));
        assertEquals("3", link.findElement(By.className("sd-view-count")).getText(), "the menu counts the view's complaints");
        link.click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:viewChip"), viewName));
        for (String reference : references) {
            browser.waitForText(reference);
        }
        browser.click(By.cssSelector("#list\\:complaints thead .ui-chkbox-box"));
        browser.clickUntilVisible(By.id("list:bulkAssign"), By.id("list:bulkAssignee"));
        browser.type(By.id("list:bulkAssignee"), "bj01.agent1");
        browser.click(By.id("list:bulkAssignConfirm"));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:doneCount"), "2"));
        assertTrue(browser.text(By.id("list:refusedCount")).contains("1"), browser.text(By.id("list:bulkResult")));
        assertTrue(browser.text(By.id("list:refusedTable")).contains(references.get(1)), browser.text(By.id("list:refusedTable")));
        browser.screenshot("bulk-assign-result");
        assertEquals("bj01.agent1", api.get("supervisor", "complaints?customerId=" + customer + "&status=RECEIVED").json()
                .getJsonArray("items").getJsonObject(0).getString("assignee"));

        browser.open(page("complaints.xhtml"));
        browser.clickUntilVisible(By.id("list:saveView"), By.id("list:viewName"));
        String own = "我的视图" + customer;
        browser.type(By.id("list:viewName"), own);
        browser.click(By.id("list:saveViewConfirm"));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("navViews"), own));
        browser.screenshot("saved-view-in-menu");
    }

    @Test
    void everyPageOfTheMenuRendersForTheRolesThatMayOpenIt() {
        java.util.Map<String, List<String>> pagesByUser = new java.util.LinkedHashMap<>();
        pagesByUser.put("supervisor", List.of("index", "customers", "service-requests", "applications", "review-queue",
                "complaints", "approvals", "security", "reference", "follow-ups", "improvements", "assessment",
                "assessment-standards", "search"));
        pagesByUser.put("manager", List.of("follow-ups", "improvements", "assessment", "reports"));
        pagesByUser.put("auditor", List.of("index", "complaints", "audit", "security", "assessment", "reports"));
        pagesByUser.put("admin", List.of("index", "admin-users", "security", "reference", "assessment-standards"));
        pagesByUser.forEach((user, pages) -> {
            signIn(user, ApiClient.PASSWORD);
            browser.find(By.id("headerForm:logout"));
            for (String name : pages) {
                browser.open(page(name + ".xhtml"));
                browser.find(By.tagName("h1"));
                String body = browser.text(By.tagName("body"));
                assertFalse(body.contains("出错了") || body.contains("无权访问"), user + " on " + name + ": " + body);
                browser.screenshot("page-" + user + "-" + name);
            }
            browser.click(By.id("headerForm:logout"));
            browser.find(By.id("loginForm:username"));
        });
    }

    @Test
    void anAgentRecordsAReturnVisitFromTheFollowUpListWithAFewClicks() {
        ApiClient api = new ApiClient(context);
        ApiClient.Reply customer = api.post("agent", "customers", "{\"name\":\"钱晓东\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13822223333\"}");
        long customerId = customer.json().getJsonNumber("id").longValue();
        jakarta.json.JsonObject request = api.post("agent", "service-requests", "{\"customerId\":" + customerId
                + ",\"channel\":\"PHONE\",\"category\":\"DIGITAL\",\"subject\":\"手机银行无法登录\","
                + "\"description\":\"更换手机后无法登录\"}").json();
        long id = request.getJsonNumber("id").longValue();
        for (String step : List.of("{\"action\":\"ACCEPT\"}", "{\"action\":\"START\"}",
                "{\"action\":\"RESPOND\",\"response\":\"已指导重新绑定设备\",\"understood\":true,\"satisfied\":true}")) {
            assertEquals(200, api.post("agent", "service-requests/" + id + "/transitions", step).status());
        }
        String reference = request.getString("reference");

        signIn("agent", ApiClient.PASSWORD);
        browser.find(By.id("headerForm:logout"));
        browser.open(page("follow-ups.xhtml"));
        browser.type(By.xpath("//th[contains(@id, 'case')]//input"), reference);
        browser.waitFor().until(d -> {
            List<WebElement> rows = d.findElements(By.xpath("//div[@id='list:followUps']//tbody/tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(reference);
        });
        browser.clickUntilVisible(By.xpath("//tr[contains(., '" + reference + "')]//button[contains(@id, 'visit')]"),
                By.id("survey:speed"));
        for (String[] score : new String[][] {{"speed", "5"}, {"professionalism", "4"}, {"personalisation", "4"},
                {"overall", "5"}, {"nps", "9"}}) {
            browser.click(By.xpath("//div[@id='survey:" + score[0] + "']//div[contains(@class, 'ui-button')]"
                    + "[starts-with(normalize-space(.), '" + score[1] + "')]"));
        }
        browser.type(By.id("survey:words"), "很快就解决了");
        browser.screenshot("follow-up-survey");
        browser.click(By.id("survey:reached"));
        browser.waitForText("已记录 " + reference + " 的回访");
        assertEquals("FOLLOWED_UP", api.get("agent", "service-requests/" + id).json().getString("status"),
                "the survey closed the request's loop");
        assertTrue(browser.driver().findElements(By.xpath("//tr[contains(., '" + reference + "')]")).isEmpty(),
                "a visited task leaves the open list");
    }

    @Test
    void aManagerComputesAPeriodWatchesItsProgressAndDrillsDownToTheRecords() {
        ApiClient api = new ApiClient(context);
        String current = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        long periodId = api.get("manager", "assessment-periods").array().getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(p -> p.getString("label").equals(current)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        signIn("manager", ApiClient.PASSWORD);
        browser.find(By.id("headerForm:logout"));
        browser.open(page("assessment-period.xhtml?id=" + periodId));
        browser.click(By.id("compute:computeButton"));
        browser.waitForText("计算完成");
        assertEquals("待审批", browser.text(By.id("status")));
        assertFalse(browser.driver().findElements(By.xpath("//table//a[contains(@id, 'drill')]")).isEmpty());
        browser.screenshot("assessment-computed");

        browser.clickUntilVisible(By.xpath("(//td[contains(@class, 'sd-kpi')]//a)[1]"), By.id("recordsForm:records"));
        browser.waitFor().until(d -> !d.findElements(By.xpath("//div[@id='recordsForm:records']//tbody/tr")).isEmpty());
        browser.screenshot("assessment-records");
        browser.click(By.xpath("//div[@id='recordsDialog']//a[contains(@class, 'ui-dialog-titlebar-close')]"));
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("recordsDialog")));

        By firstBranch = By.xpath("(//a[contains(@id, 'drill')])[1]");
        String branch = browser.text(firstBranch).substring(0, 4);
        browser.click(firstBranch);
        browser.waitFor().until(d -> d.findElement(By.id("results:tabs:branchFilter_label")).getText().startsWith(branch));
        browser.find(By.xpath("//div[contains(@id, 'staffResults')]//td[contains(., '" + branch + "')]"));
        assertTrue(browser.driver().findElements(By.xpath("//div[contains(@id, 'staffResults')]//tbody/tr"))
                .stream().allMatch(row -> row.getText().contains(branch)), "only the branch's staff");
        browser.screenshot("assessment-staff");
    }

    @Test
    void aManagerGeneratesAReportWatchesItsProgressAndFindsItInTheArchive() {
        signIn("manager", ApiClient.PASSWORD);
        browser.find(By.id("headerForm:logout"));
        browser.open(page("reports.xhtml"));
        browser.click(By.id("generate:start"));
        browser.find(By.id("generate:downloadNew"));
        String number = browser.text(By.cssSelector("#generate\\:progress .sd-small"));
        assertTrue(number.startsWith("RPT-CS-"), number);
        browser.waitForText(number.substring(0, 22));
        assertTrue(browser.text(By.id("archive:reports")).contains(number.substring(0, 22)), "the archive lists it");
        browser.screenshot("reports-generated");
    }

    private void expectStatus(String label) {
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("status"), label));
    }

    @Test
    void theAuditorSeesTheAuditPageAndVerifiesTheChain() {
        signIn("auditor", ApiClient.PASSWORD);
        browser.waitForText("您好，赵敏");
        browser.click(By.id("navForm:navAudit"));
        browser.click(By.id("auditForm:verify"));
        browser.waitForText("审计链完整");
        browser.screenshot("audit-verified");
    }

    @Test
    void theApiReferenceOpensFromTheMenuForSignedInStaffOnly() {
        browser.open(page("api-docs/"));
        browser.find(By.id("loginForm:username"));
        signIn("supervisor", ApiClient.PASSWORD);
        browser.click(By.id("navForm:navApiDocs"));
        browser.find(By.cssSelector(".swagger-ui .info .title"));
        browser.waitForText("Service Desk API");
        browser.click(By.cssSelector("#operations-tag-complaints"));
        browser.find(By.cssSelector("#operations-complaints-registerComplaint"));
        browser.waitForText("Register a complaint");
        browser.screenshot("api-reference");
    }
}
