package org.pavilion.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pavilion.support.DemoDataProfile;
import org.pavilion.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromedriver, which .ci/run installs) against
 * the demo data: the page takes the token from sessionStorage, draws its charts with the right series from the
 * effectiveness report, lists the overdue follow-ups, and a screenshot is saved as target/dashboard.png.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/dashboard")
    URL page;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "SKIPPED dashboard test: install Debian's chromium and chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1100", "--user-data-dir=" + Files.createTempDirectory("pavilion-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDashboardDrawsConversionSupportAndOverdueFollowUpsFromTheDemoData() throws Exception {
        browser.get(page.toString());
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('pavilion.token', arguments[0])",
                Tokens.forUser("finance-lee", "finance"));
        browser.get(page.toString());
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Boolean.TRUE.equals(
                js.executeScript("return window.pavilionDashboard && (window.pavilionDashboard.ready || !!window.pavilionDashboard.error)")));
        assertThat(js.executeScript("return window.pavilionDashboard.error || null")).isNull();

        @SuppressWarnings("unchecked")
        List<String> conversionSeries = (List<String>) js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('conversion-by-fair')).getOption().series.map(s => s.name)");
        assertThat(conversionSeries).containsExactly("3 months", "6 months", "12 months");
        @SuppressWarnings("unchecked")
        List<String> fairs = (List<String>) js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('conversion-by-fair')).getOption().xAxis[0].data");
        assertThat(fairs).contains("MWC Barcelona 2024", "MWC Barcelona 2025", "Maison&Objet Paris September 2024");
        // The demo figures: MWC 2024 signed 24 of its contracts within 12 months of 420 consultations: 5.71 %.
        Object mwc2024 = js.executeScript("""
                const option = echarts.getInstanceByDom(document.getElementById('conversion-by-fair')).getOption();
                return option.series[2].data[option.xAxis[0].data.indexOf('MWC Barcelona 2024')];
                """);
        assertThat(((Number) mwc2024).doubleValue()).isEqualTo(5.71);
        @SuppressWarnings("unchecked")
        Map<String, Object> mwc = (Map<String, Object>) js.executeScript("""
                const option = echarts.getInstanceByDom(document.getElementById('series-over-years')).getOption();
                const mwc = option.series.find(s => s.name === 'MWC Barcelona');
                return { years: option.xAxis[0].data, values: mwc.data };
                """);
        @SuppressWarnings("unchecked")
        List<Object> years = (List<Object>) mwc.get("years");
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) mwc.get("values");
        assertThat(years).contains("2024", "2025");
        assertThat(values.get(years.indexOf("2024"))).isNotNull();
        assertThat(values.get(years.indexOf("2025"))).isNotNull();
        Object supportBars = js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('support-per-usd')).getOption().series[0].data.length");
        assertThat(((Number) supportBars).intValue()).isGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("overdue-count")).getText()).endsWith("rounds overdue");
        assertThat(browser.findElements(By.cssSelector("#overdue tbody tr"))).isNotEmpty();

        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target"));
        Files.copy(shot.toPath(), Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void withoutATokenThePageSaysSoInsteadOfShowingData() {
        browser.get(page.toString());
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> js.executeScript(
                "return window.pavilionDashboard && window.pavilionDashboard.error || null") != null);
        assertThat(browser.findElement(By.id("status")).getText()).contains("No token");
    }
}
