package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * A year entered in the portal as a bank's administrator would: the notice pasted and read, proposed,
 * refused for the proposer, approved by the second administrator in a session of their own.
 */
@ExtendWith({ArquillianExtension.class, Browser.ScreenshotOnFailure.class})
@RunAsClient
class HolidayCalendarBrowserIT implements Browser.HasBrowser {

    /** A made-up arrangement for 2028 in the notice's own words (1 and 2 January 2028 are a weekend). */
    private static final String NOTICE = """
            国务院办公厅关于2028年部分节假日安排的通知（测试）
            一、元旦：1月1日（周六）至3日（周一）放假调休，共3天。
            二、春节：1月25日（农历除夕、周二）至2月1日（周二）放假调休，共8天。1月23日（周日）、2月5日（周六）上班。
            三、清明节：4月4日（周二）放假1天，不调休。
            """;

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

    @Test
    void anAdministratorPastesTheNoticeAndASecondOnePutsItInForce() {
        signIn("admin");
        browser.open(page("holiday-calendars.xhtml?year=2028"));
        browser.waitForText("录入节假日安排 2028");
        browser.type(By.id("editor:source"), "国务院办公厅关于2028年部分节假日安排的通知（测试）");
        browser.type(By.id("editor:pasted"), NOTICE);
        browser.click(By.id("editor:parse"));
        browser.waitForText("已识别 14 个日期");
        assertEquals("2028-01-23", browser.find(By.id("editor:days:3:date")).getAttribute("value"),
                "the days in date order as the notice gives them: 1-3 Jan, then 23 Jan worked");
        browser.screenshot("calendar-2028-read");
        browser.click(By.id("editor:propose"));
        browser.waitForText("等待另一名系统管理员审核");
        browser.waitForText("此安排由您录入，须由另一名系统管理员审核生效。");
        assertTrue(browser.driver().findElements(By.id("decide:approve")).isEmpty(), "the proposer has no approve button");
        browser.screenshot("calendar-2028-proposed");
        browser.click(By.id("headerForm:logout"));

        signIn("admin2");
        browser.open(page("holiday-calendars.xhtml?year=2028"));
        browser.waitForText("待审核的节假日安排 2028 v1");
        browser.click(By.id("decide:approve"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText("2028 年节假日安排（第 1 版）已生效");
        browser.waitForText("现行节假日安排 2028 v1");
        browser.screenshot("calendar-2028-in-force");

        JsonObject inForce = new ApiClient(context).get("agent", "reference/holiday-calendars/2028").json();
        assertEquals("admin2", inForce.getString("approvedBy"));
        assertEquals(14, inForce.getJsonArray("days").size());
    }

    @Test
    void aBadDayIsMarkedInTheEditorAndNothingIsProposed() {
        signIn("admin");
        browser.open(page("holiday-calendars.xhtml?year=2029"));
        browser.type(By.id("editor:source"), "测试通知");
        browser.type(By.id("editor:pasted"), "2029-01-01 OFF 元旦\n2029-01-02 WORKING 元旦调休上班");
        browser.click(By.id("editor:parse"));
        browser.waitForText("已识别 2 个日期");
        browser.click(By.id("editor:propose"));
        browser.waitForText("第 2 行：2029-01-02 是工作日");
        assertEquals("2", browser.find(By.cssSelector("#editor\\:days tr.sd-row-overdue td")).getText(),
                "the second row is marked");
        assertEquals(0, new ApiClient(context).get("admin", "admin/holiday-calendars/2029").array().size());
    }

    @Test
    void theDashboardOfAnAdministratorWarnsWhileNextYearIsMissing() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<JsonObject> years = new ApiClient(context).get("admin", "reference/holiday-calendars").array()
                .getValuesAs(JsonObject.class);
        boolean nextInForce = years.stream().anyMatch(v -> v.getInt("year") == today.getYear() + 1
                && v.getString("status").equals("IN_FORCE"));
        signIn("admin");
        browser.waitForText("您好");
        boolean warned = !browser.driver().findElements(By.id("calendarWarning")).isEmpty();
        assertEquals(today.getMonthValue() >= 11 && !nextInForce, warned, "warned from November while next year is missing");
        if (warned) {
            assertTrue(browser.text(By.id("calendarWarning")).contains("尚未录入 " + (today.getYear() + 1) + " 年节假日安排"));
            browser.screenshot("dashboard-admin-calendar-warning");
        }
    }
}
