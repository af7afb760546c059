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
import org.openqa.selenium.By;

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
        return context.toString().replaceAll("/?$", "/") + path;
    }

    private void signIn(String user, String password) {
        browser.open(page("login.xhtml"));
        browser.type(By.id("loginForm:username"), user);
        browser.type(By.id("loginForm:password"), password);
        browser.click(By.id("loginForm:submit"));
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
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        signIn("agent", "wrong-password");
        browser.waitForText("用户名或密码不正确");
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
        assertFalse(browser.driver().getPageSource().contains("您好，张伟"));
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
}
