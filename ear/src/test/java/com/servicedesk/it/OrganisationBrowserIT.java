package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.Keys;

/**
 * The organisation and rules pages as an administrator uses them: a branch opened in the portal,
 * refused closing while a customer is still there, its customer moved, then closed; a deadline-policy
 * revision proposed by one administrator and approved by the second.
 */
@ExtendWith({ArquillianExtension.class, Browser.ScreenshotOnFailure.class})
@RunAsClient
class OrganisationBrowserIT implements Browser.HasBrowser {

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

    private By rowButton(String code, String button) {
        return By.xpath("//tr[td/span[text()='" + code + "']]//button[contains(@id, ':" + button + "')]");
    }

    private static By approveButton(String code) {
        return By.xpath("//tr[td/span[text()='" + code + "']]//button[.//span[text()='审核生效']]");
    }

    @Test
    void aBranchIsOpenedRefusedClosingWhileACustomerIsThereAndClosedOnceMoved() {
        String code = "P" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        ApiClient api = new ApiClient(context);
        // a region of its own, so that no other test's view of the demo regions changes
        String region = "RP" + code.substring(1);
        assertEquals(201, api.post("admin", "admin/organisation/regions", "{\"code\":\"" + region
                + "\",\"nameZh\":\"测试区域" + region + "\",\"nameEn\":\"Test Region\",\"divisionCode\":\"110000\"}").status());
        browser.signInAs(Deployments.portal(context), "admin");
        browser.open(page("organisation.xhtml"));
        browser.waitForText("机构管理（区域与网点）");
        browser.type(By.id("open:code"), code);
        browser.choose("open:region", "测试区域" + region);
        browser.type(By.id("open:newNameZh"), "测试西城支行");
        browser.type(By.id("open:newNameEn"), "Test Xicheng Sub-branch");
        browser.type(By.id("open:division"), "110102");
        browser.click(By.id("open:openBranch"));
        browser.waitForText("测试西城支行");

        // a customer registered there by its agent, whose account is then disabled
        String agent = "agent-" + code.toLowerCase();
        assertEquals(201, api.post("admin", "admin/users", "{\"username\":\"" + agent + "\",\"displayName\":\"测试坐席\","
                + "\"role\":\"AGENT\",\"branchCode\":\"" + code + "\",\"password\":\"Branch#Move2026\"}").status());
        ApiClient.password(agent, "Branch#Move2026");
        ApiClient.Reply customer = api.post(agent, "customers", "{\"name\":\"吴海燕\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13700004444\"}");
        assertEquals(201, customer.status(), customer.body());
        assertEquals(200, api.post("admin", "admin/users/" + agent + "/disable", "{}").status());

        browser.open(page("organisation.xhtml"));
        browser.waitForText("1 位客户");
        browser.click(rowButton(code, "manage"));
        browser.find(By.id("org:close"));
        browser.screenshot("organisation-branch-selected");
        browser.click(By.id("org:close"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText("该网点仍有未结事项、客户或在岗员工，须先迁移后才能撤并。");

        browser.choose("org:moveTo", "BJ01");
        browser.click(By.id("org:move"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText("已迁移 1 项至 BJ01。");
        browser.click(By.id("org:close"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor().until(d -> d.findElement(By.xpath("//tr[td/span[text()='" + code + "']]")).getText().contains("已撤并"));
        browser.screenshot("organisation-branch-closed");

        JsonObject branch = api.get("admin", "admin/organisation/branches/" + code).json();
        assertEquals("CLOSED", branch.getString("status"));
        assertEquals("BJ01", api.get("manager", "customers/" + customer.json().getJsonNumber("id").longValue()).json()
                .getString("branchCode"));
    }

    @Test
    void aRevisionOfALegalLimitIsProposedByOneAdministratorAndApprovedByTheOther() {
        browser.signInAs(Deployments.portal(context), "admin");
        browser.open(page("rules.xhtml"));
        browser.waitForText("提交新修订");
        browser.choose("tabs:policies:family", "FCA_DISP");
        browser.waitFor().until(d -> "56".equals(d.findElement(By.id("tabs:policies:decisionDays_input")).getAttribute("value")));
        browser.find(By.id("tabs:policies:decisionDays_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "57");
        browser.type(By.id("tabs:policies:policyFrom_input"), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .plusDays(1).toString());
        browser.type(By.id("tabs:policies:reason"), "测试：英国规则的时限修订");
        browser.click(By.id("tabs:policies:revise"));
        browser.waitForText("待另一名系统管理员审核");
        browser.screenshot("rules-revision-proposed");
        String proposed = new ApiClient(context).get("admin", "admin/rules/deadline-policies").array()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("status").equals("PROPOSED")).findFirst()
                .orElseThrow().getString("code");
        assertTrue(browser.driver().findElements(approveButton(proposed)).isEmpty(), "the proposer has no approve button");
        browser.click(By.id("headerForm:logout"));

        browser.signInAs(Deployments.portal(context), "admin2");
        browser.open(page("rules.xhtml"));
        browser.click(approveButton(proposed));
        browser.waitFor().until(d -> d.findElement(By.xpath("//tr[td/span[text()='" + proposed + "']]")).getText()
                .contains("待生效"));
        browser.screenshot("rules-revision-approved");
        browser.open(page("rules.xhtml"));
        browser.click(By.cssSelector("a[href='#tabs:codeLists']"));
        browser.waitForText("JR/T 0169-2018（临时编码）");
        browser.screenshot("rules-code-lists");
        assertEquals("admin2", new ApiClient(context).get("admin", "admin/rules/deadline-policies").array()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(proposed)).findFirst()
                .orElseThrow().getString("approvedBy"));
    }
}
