package com.servicedesk.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with a fresh profile per browser. As a JUnit
 * extension it saves a screenshot under target/screenshots when a test fails.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("servicedesk-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks once the element is there, shown and enabled; retried while Ajax re-renders it. */
    void click(By by) {
        waitFor().ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    if (!element.isDisplayed() || !element.isEnabled()
                            || String.valueOf(element.getAttribute("class")).contains("ui-state-disabled")) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /**
     * Opens a PrimeFaces select menu and picks the item whose label starts with the text; PrimeFaces
     * builds the item list when the menu first opens, and Ajax may re-render the menu meanwhile.
     */
    void choose(String menuId, String labelStart) {
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[starts-with(@data-label, '" + labelStart + "')]");
        By label = By.id(menuId + "_label");
        if (find(label).getText().startsWith(labelStart)) {
            return;
        }
        waitFor().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
            List<WebElement> items = d.findElements(item);
            if (items.isEmpty() || !items.get(0).isDisplayed()) {
                click(By.id(menuId));
            }
            click(item);
            return d.findElement(label).getText().startsWith(labelStart);
        });
        By panel = By.id(menuId + "_panel");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
        } catch (org.openqa.selenium.TimeoutException e) {
            driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
    }

    /**
     * Clicks until something appears (a dialog after an Ajax round trip): a click made while the page
     * was still settling is simply made again.
     */
    void clickUntilVisible(By button, By appears) {
        for (int attempt = 0; attempt < 4; attempt++) {
            click(button);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(6)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.visibilityOfElementLocated(appears));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                // not yet: click again
            }
        }
        find(appears);
    }

    /** Types the credentials into the portal's sign-in page and submits them. */
    void signIn(String portal, String user, String password) {
        open(portal + "login.xhtml");
        type(By.id("loginForm:username"), user);
        type(By.id("loginForm:password"), password);
        click(By.id("loginForm:submit"));
    }

    /** Signs a demo user in and waits for the portal's page. */
    void signInAs(String portal, String user) {
        signIn(portal, user, ApiClient.PASSWORD);
        find(By.id("headerForm:logout"));
    }

    String text(By by) {
        return find(by).getText();
    }

    /** Waits until the page body contains the text. */
    void waitForText(String text) {
        waitFor().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("servicedesk.it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's HTML beside its screenshot, to see why an element was not found. */
    void savePageSource(String name) {
        try {
            Path dir = Path.of(System.getProperty("servicedesk.it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Saves a screenshot of every open browser of a failed test, named after the test. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            Optional<Throwable> failure = context.getExecutionException();
            Object test = context.getRequiredTestInstance();
            if (failure.isPresent() && test instanceof HasBrowser owner && owner.browser() != null) {
                String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName();
                owner.browser().screenshot(name);
                owner.browser().savePageSource(name);
            }
        }
    }

    /** A test class that keeps a browser, for the screenshot extension. */
    interface HasBrowser {
        Browser browser();
    }
}
