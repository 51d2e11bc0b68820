package org.taxonomist.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.taxonomist.models.testdata.TestImages;

/**
 * The console in a real headless Chromium: login, upload, the asset page with its suggestions
 * arriving in the background, approval, and the escaping of user text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String SCRIPT_TITLE = "<script>alert(1)</script>";

    @ArquillianResource
    URL base;

    private static final String LABELS = "#labels\\:label-table";
    private static final AtomicBoolean versionsPrinted = new AtomicBoolean();

    private ConsoleBrowser console;
    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.taxonomistWar();
    }

    /** Installs Debian's Chromium when running as root and it is missing; otherwise the browser tests skip, saying why. */
    @BeforeAll
    static void needsChromium() {
        if (!browserInstalled() && isRoot()) {
            run("apt-get", "update");
            run("apt-get", "install", "-y", "chromium", "chromium-driver");
        }
        Assumptions.assumeTrue(
                browserInstalled(),
                "Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are needed (apt-get install chromium chromium-driver, as root).");
    }

    @BeforeEach
    void openBrowser() throws Exception {
        new Api(Deployments.local(base, "/"), null, null)
                .await("/health/ready", a -> a.status() == 200, Duration.ofMinutes(3));
        console = ConsoleBrowser.open(CHROMIUM.getPath(), CHROMEDRIVER.getPath());
        browser = console.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // tables are found again when the page redraws them
        if (versionsPrinted.compareAndSet(false, true)) {
            System.out.println("Browser tests run with " + console.versions());
        }
    }

    /** The application's address on loopback. */
    private URI app() {
        return Deployments.app(base);
    }

    @AfterEach
    void closeBrowser() {
        if (console != null) {
            console.quit();
        }
    }

    @Test
    void wrongPasswordShowsAClearMessage() {
        browser.get(app().toString());
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        logIn(Deployments.ADMIN, "not-the-password");

        WebElement message =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login .ui-messages-error")));
        assertTrue(message.getText().contains("Wrong user name or password"), message.getText());
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void uploadedPhotoGetsItsObjectsSuggestedWithBoxesApprovedOneIsFoundBySearch() throws IOException {
        browser.get(app().toString());
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        assertEquals(
                Deployments.ADMIN,
                browser.findElement(By.id("current-user")).getText().strip());

        String title = "Morning coffee " + Long.toString(System.nanoTime() % 1_000_000L, 36);
        upload(freshCopyOf(TestImages.COFFEE), title, "breakfast");
        browser.findElement(By.cssSelector("#upload .uploaded-link")).click();
        wait.until(ExpectedConditions.urlContains("/asset.xhtml"));
        assertEquals(title, browser.findElement(By.id("asset-title")).getText());

        // Tagging runs in the background; the page polls until the suggestions arrive. Tagging waits its
        // turn behind whatever the server tags already (on CI's 2 cores, minutes), and says how it ended.
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        String tagging = api.await(
                        "api/assets/" + id,
                        a -> a.status() == 200
                                && !a.json().get("tagging").asText().equals("waiting"),
                        Duration.ofMinutes(5))
                .json()
                .get("tagging")
                .asText();
        assertEquals("done", tagging, "asset " + id + " was tagged");
        // The detector sees a cup on a dining table: both are suggested for Objects and boxed on the image.
        wait.until(d -> objectSuggestion(d, "cup") != null && objectSuggestion(d, "dining table") != null);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#suggestions .pi-spinner")));
        WebElement approveCup = objectSuggestion(browser, "cup");
        WebElement cupRow = approveCup.findElement(By.xpath("./ancestor::tr"));
        assertTrue(
                cupRow.getText().contains("pending")
                        && cupRow.getText().contains("human-centernet")
                        && cupRow.getText().contains("an object the detector found, score at least 30 %"),
                cupRow.getText());
        List<String> boxes = wait.until(d -> {
            List<String> labels = d.findElements(By.cssSelector("#object-frame .object-box")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .sorted()
                    .toList();
            return labels.size() == 2 ? labels : null;
        });
        assertEquals(List.of("cup", "dining table"), boxes);
        WebElement cupBox =
                browser.findElement(By.xpath("//div[contains(@class,'object-box')][normalize-space(.)='cup']"));
        WebElement image = browser.findElement(By.id("asset-thumbnail"));
        assertTrue(
                cupBox.getSize().getWidth() > image.getSize().getWidth() / 4
                        && cupBox.getSize().getWidth() < image.getSize().getWidth(),
                "the cup's box is drawn to scale over the image: " + cupBox.getSize() + " on " + image.getSize());
        assertEquals(
                "cup, dining table", browser.findElement(By.id("object-counts")).getText());
        screenshot("asset-page-objects.png");
        approveCup.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Approved \"cup\""));
        wait.until(d -> d.findElements(By.cssSelector("#fields .term")).stream()
                .anyMatch(t -> t.getText().strip().equals("cup")));
        assertTrue(browser.findElement(By.id("suggestions:suggestion-table"))
                .getText()
                .contains("approved by admin"));
        assertNothingClipped("asset-page", By.id("suggestions:suggestion-table"));

        browser.findElement(By.id("nav-assets")).click();
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.findElement(By.id("search:search-text")).sendKeys("cup");
        browser.findElement(By.id("search:search-button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#grid .tile-title")).stream()
                .anyMatch(t -> t.getText().strip().equals(title)));
    }

    @Test
    void librarianSeesTheTextReadInAPictureApprovesTheBrandItNamesAndFindsItByPartOfAWord() throws IOException {
        Api admin = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        assertEquals(200, admin.put("api/taxonomy/Brand/Halvorsen").status());
        assertEquals(
                200,
                admin.put("api/models/Brand/automation", "{\"brandList\":true}").status());
        // A sign on a real photo, the brand misspelt as a sign painter might: one letter off, still the brand.
        BufferedImage photo = rgb(TestImages.COFFEE, false);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(30, 20, 380, 80);
        g.setColor(new Color(0x5a, 0x2d, 0x0c));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.drawString("HALVORSON", 40, 82);
        g.dispose();
        photo.setRGB(0, photo.getHeight() - 1, ThreadLocalRandom.current().nextInt(0x1000000));
        String title = "Cafe sign " + Long.toString(System.nanoTime() % 1_000_000L, 36);

        browser.get(app().toString());
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        upload(saved("cafe-sign.png", photo), title, null);
        browser.findElement(By.cssSelector("#upload .uploaded-link")).click();
        wait.until(ExpectedConditions.urlContains("/asset.xhtml"));
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals(
                "done",
                admin.await(
                                "api/assets/" + id,
                                a -> a.status() == 200
                                        && !a.json().get("tagging").asText().equals("waiting"),
                                Duration.ofMinutes(5))
                        .json()
                        .get("tagging")
                        .asText());

        // The page polls until tagging ends: then the text read is listed, and boxed over the image.
        WebElement approve = wait.until(d -> pendingSuggestion(d, "Brand", "Halvorsen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("picture-text"), "HALVORSON"));
        WebElement box = browser.findElement(By.cssSelector("#object-frame .text-box"));
        WebElement image = browser.findElement(By.id("asset-thumbnail"));
        double boxShare = box.getSize().getWidth() / (double) image.getSize().getWidth();
        assertTrue(
                boxShare > 0.4 && boxShare < 0.75,
                "the sign's box (~" + 370 * 100 / 600 + " % of the width) is drawn to scale: " + box.getSize() + " on "
                        + image.getSize());
        String row = approve.findElement(By.xpath("./ancestor::tr")).getText();
        assertTrue(row.contains("OCR: HALVORSON") && row.contains("a brand name read in the picture"), row);
        screenshot("asset-page-text.png");
        approve.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Approved \"Halvorsen\""));
        wait.until(d -> d.findElements(By.cssSelector("#fields .term")).stream()
                .anyMatch(t -> t.getText().strip().equals("Halvorsen")));

        // Part of a word read in the picture finds it: nothing else about the asset says "vorso".
        browser.findElement(By.id("nav-assets")).click();
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.findElement(By.id("search:search-text")).sendKeys("vorso");
        browser.findElement(By.id("search:search-button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#grid .tile-title")).stream()
                .anyMatch(t -> t.getText().strip().equals(title)));
    }

    /** The approve button of the pending Objects suggestion of {@code term}, or null while there is none. */
    private static WebElement objectSuggestion(WebDriver driver, String term) {
        return pendingSuggestion(driver, "Objects", term);
    }

    /** The approve button of the pending suggestion of {@code term} for the field, or null while there is none. */
    private static WebElement pendingSuggestion(WebDriver driver, String field, String term) {
        return driver.findElements(By.cssSelector("#suggestions\\:suggestion-table tbody tr")).stream()
                .filter(r -> r.getText().contains(field)
                        && r.findElements(By.cssSelector(".term-text")).stream()
                                .anyMatch(t -> t.getText().strip().equals(term)))
                .flatMap(r -> r.findElements(By.cssSelector("[id$=':approve']")).stream())
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null);
    }

    @Test
    void userTextIsEscapedNotExecuted() throws IOException {
        browser.get(app().toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));

        upload(freshCopyOf(TestImages.COFFEE), SCRIPT_TITLE, null);
        assertNoAlert();
        browser.findElement(By.cssSelector("#upload .uploaded-link")).click();
        wait.until(ExpectedConditions.urlContains("/asset.xhtml"));

        assertNoAlert();
        assertEquals(SCRIPT_TITLE, browser.findElement(By.id("asset-title")).getText(), "shown as text");
        assertTrue(
                browser.getPageSource().contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                "the title is escaped in the page");
        // The HTML exactly as the server sent it (the browser's page source is its own re-serialisation).
        String html = asTheBrowser(browser.getCurrentUrl());
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the server escapes the title");
        assertFalse(html.contains(SCRIPT_TITLE), "the title never reaches the page as markup");
    }

    @Test
    void adminTrainsAModelAndSeesItsScoresAndThresholdCurve() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        labelVehiclesAndObjects(api);
        browser.get(app().resolve("admin/models.xhtml?field=Subject").toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/models.xhtml?field=Subject"));

        browser.findElement(By.cssSelector("#train\\:activate-after .ui-chkbox-box"))
                .click();
        browser.findElement(By.id("train:train-button")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("train:execution-result"), "Subject: v"));
        WebElement terms = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("details:term-table")));
        assertTrue(terms.getText().contains("Vehicles") && terms.getText().contains("Objects"), terms.getText());
        String notJudged = browser.findElement(By.id("details:needs-more-data")).getText();
        assertTrue(
                notJudged.matches("(?s).*Animals: \\d+ labelled assets?, needs \\d+.*"),
                "terms without enough labels are listed: " + notJudged);
        String heads = browser.findElement(By.id("details:heads")).getText();
        assertTrue(
                heads.matches("(?s).*: (logistic C=|mlp ).*\\(.*\\d\\.\\d{3}.*"),
                "the head chosen per backbone, with the scores: " + heads);
        assertTrue(
                browser.findElement(By.id("versions:version-table")).getText().contains("active"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#details\\:threshold-chart canvas")));

        inRow("#details\\:term-table", r -> r.getText().startsWith("Objects"), r -> clicked(r));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("details:chart-panel"), "threshold: Objects"));
        assertNothingClipped("models-page", By.id("details:term-table"));

        String precisions =
                browser.findElement(By.id("automation:autofill-precision")).getText();
        assertTrue(
                precisions.contains("0.95: fills") && precisions.contains("of empty fields"),
                "what each precision would fill, shown before it is switched on: " + precisions);
        try {
            WebElement autofill = browser.findElement(By.id("automation:autofill_input"));
            autofill.clear();
            autofill.sendKeys("0.5");
            browser.findElement(By.id("automation:save-automation")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Subject: autofill from 0.5"));

            Api.Answer motorcycle =
                    api.upload("motorcycle.png", Files.readAllBytes(freshCopyOf("motorcycle_left.png")), null, null);
            long id = motorcycle.json().get("id").asLong();
            browser.get(app().resolve("asset.xhtml?id=" + id).toString());
            WebElement change = new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("changes:change-table")));
            assertTrue(
                    change.getText().contains("Vehicles") && change.getText().contains("autofill"), change.getText());
            String why =
                    browser.findElement(By.id("suggestions:suggestion-table")).getText();
            assertTrue(
                    why.matches(
                            "(?s).*Vehicles\\s+(above|below) its threshold \\d+ % · F1 \\d\\.\\d\\d on \\d+ labelled assets.*"),
                    "the suggestion says why, from the active version's report: " + why);
            browser.findElement(By.cssSelector("[id$=':undo']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("changes:change-table"), "undone by admin"));
            assertFalse(api.get("api/assets/" + id).json().get("fields").has("Subject"), "the autofilled term is gone");
        } finally {
            api.put("api/models/Subject/automation", "{\"autofill\":null,\"autocorrect\":null}");
        }
    }

    /** An audit that cannot run says why on the page that started it, not only in the server log. */
    @Test
    void aFailedAuditSaysWhyOnItsPage() {
        browser.get(app().resolve("corrections.xhtml?field=Brand").toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/corrections.xhtml?field=Brand"));
        browser.findElement(By.id("audit:run-audit")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), "Audit failed: snapshot: "));
        String message = browser.findElement(By.id("messages")).getText();
        assertFalse(message.contains("server log"), message);
    }

    @Test
    void librarianWeighsTheEvidenceFixesOneCorrectionAndRejectsTheRestMatching() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        labelVehiclesAndObjects(api);
        Api.Answer wrong = api.upload(
                "motorcycle_left.png", // a copy of the photo labelled Vehicles: the planted error is plain to the
                // models
                Files.readAllBytes(freshCopyOf("motorcycle_left.png")),
                "Wrongly labelled motorcycle",
                null);
        long mislabelled = wrong.json().get("id").asLong();
        assertEquals(
                200,
                api.put("api/assets/" + mislabelled + "/fields/Subject/Objects").status());
        Api.Answer coins =
                api.upload("coins.png", Files.readAllBytes(freshCopyOf("coins.png")), "Coins called a vehicle", null);
        assertEquals(
                200,
                api.put("api/assets/" + coins.json().get("id").asLong() + "/fields/Subject/Vehicles")
                        .status());

        browser.get(app().resolve("corrections.xhtml?field=Subject").toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/corrections.xhtml?field=Subject"));
        browser.findElement(By.id("audit:run-audit")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("audit:execution-result"), "corrections proposed"));
        JsonNode flagged = api.get("api/corrections?asset=" + mislabelled).json();
        assertEquals(
                1,
                flagged.size(),
                "the motorcycle labelled Objects is flagged: "
                        + browser.findElement(By.id("audit:execution-result")).getText() + " "
                        + api.get("api/corrections?field=Subject").body());
        // Other tests label Subject too: the rows of this test's assets all name Vehicles, as current or proposed term.
        WebElement unfiltered = browser.findElement(By.id("queue:correction-table"));
        browser.findElement(By.id("queue:filter-term")).sendKeys("Vehicles");
        browser.findElement(By.id("queue:apply-filter")).click();
        wait.until(ExpectedConditions.stalenessOf(unfiltered));

        String queue = "#queue\\:correction-table";
        Predicate<WebElement> motorcycle = r -> r.getText().contains("Wrongly labelled motorcycle");
        List<String> added = inRow(
                queue,
                motorcycle,
                r -> r.findElements(By.cssSelector(".term.added")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertTrue(
                browser.findElement(By.id("queue:correction-table")).getText().contains("Coins called a vehicle"),
                "both wrong labels are flagged, so one is left for the bulk decision");
        assertTrue(
                added.stream().anyMatch(t -> t.matches("Vehicles\\s+\\d+ %")),
                "the correction adds Vehicles, with its probability: " + added);
        String evidence = inRow(
                queue,
                motorcycle,
                r -> r.findElement(By.cssSelector(".evidence")).getText());
        assertTrue(evidence.matches("(?s)#\\d+ of \\d+ · top \\d+ %.*"), "where the asset ranks: " + evidence);
        assertTrue(evidence.contains("Vehicles"), "the alike labelled assets with their terms: " + evidence);
        int alike = inRow(
                queue,
                motorcycle,
                r -> r.findElements(By.cssSelector(".alike img")).size());
        assertEquals(4, alike, "the four labelled assets most alike");
        String objects = inRow(
                queue,
                motorcycle,
                r -> r.findElements(By.cssSelector(".term")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.startsWith("Objects"))
                        .findFirst()
                        .orElse(null));
        assertTrue(objects.matches("Objects\\s+\\d+ %"), "the current term with its probability: " + objects);
        assertNothingClipped("corrections", By.id("queue:correction-table"));

        inRow(queue, motorcycle, r -> clicked(r.findElement(By.cssSelector("a.full-size"))));
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#preview img")));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", preview))
                        .intValue()
                > 256);
        screenshot("corrections-full-size.png");
        browser.findElement(By.cssSelector("#preview .preview-close")).click();
        wait.until(ExpectedConditions.invisibilityOf(preview));

        // The motorcycle is a vehicle, as proposed, and an object too: the librarian fixes it to both.
        inRow(queue, motorcycle, r -> clicked(r.findElement(By.cssSelector("[id$=':fix']"))));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fix:fix-dialog")));
        assertTrue(
                dialog.findElement(By.cssSelector("input[value='Vehicles']")).isSelected(), "the proposal is chosen");
        dialog.findElement(By.xpath(".//label[normalize-space()='Objects']")).click();
        screenshot("corrections-fix.png");
        dialog.findElement(By.id("fix:fix-apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Fixed the Subject of Wrongly labelled motorcycle to "));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("fix:fix-dialog")));
        List<String> subject = StreamSupport.stream(
                        api.get("api/assets/" + mislabelled)
                                .json()
                                .get("fields")
                                .get("Subject")
                                .spliterator(),
                        false)
                .map(JsonNode::asText)
                .sorted()
                .toList();
        assertEquals(List.of("Objects", "Vehicles"), subject, "the fixed terms are written");
        JsonNode fixed = api.get("api/corrections?asset=" + mislabelled + "&status=APPROVED")
                .json()
                .get(0);
        assertEquals(2, fixed.get("fixedTo").size(), fixed.toString());

        WebElement minScore = browser.findElement(By.id("queue:filter-min-score_input"));
        minScore.clear();
        minScore.sendKeys("0");
        // The field filter from the address already offers "all matching": wait for the table redrawn by this filter.
        WebElement beforeFiltering = browser.findElement(By.id("queue:reject-all"));
        browser.findElement(By.id("queue:apply-filter")).click();
        wait.until(ExpectedConditions.stalenessOf(beforeFiltering));
        WebElement rejectAll = wait.until(ExpectedConditions.elementToBeClickable(By.id("queue:reject-all")));
        String count =
                browser.findElement(By.id("queue:matching-count")).getText().strip();
        assertEquals("Reject all " + count, rejectAll.getText().strip());
        rejectAll.click();
        WebElement confirm =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(confirm.getText().contains("This rejects the " + count + " corrections"), confirm.getText());
        confirm.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Rejected " + count + " correction"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("queue:correction-table"), "No proposed correction matches"));
    }

    @Test
    void adminRunsARetagWatchesItAndSchedulesIt() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        long page = api.upload("page.png", Files.readAllBytes(freshCopyOf("page.png")), "A page to retag", null)
                .json()
                .get("id")
                .asLong();
        // Tagged first: a retag that embeds the image while its upload's tagging saves the same embedding fails on the
        // embeddings' unique key (a race left open on issue 30's notes).
        api.await("api/assets/" + page, a -> a.json().get("tagging").asText().equals("done"), Duration.ofMinutes(3));
        browser.get(app().resolve("admin/jobs.xhtml").toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/jobs.xhtml"));

        CompletedRun run = runNowUntilCompleted("retag");
        String[] doneOfTotal = run.counts().split(" / ");
        assertEquals(doneOfTotal[1], doneOfTotal[0], "all assets done: " + run);
        assertTrue(Long.parseLong(doneOfTotal[0]) >= 1, run.toString());
        assertTrue(run.row().contains("retag") && run.row().contains("scope=all"), run.row());
        WebElement server = browser.findElement(By.cssSelector("#executions\\:server-table tbody tr"));
        assertTrue(server.getText().contains("this server"), server.getText());
        assertEquals("alive", server.findElement(By.className("server-status")).getText());
        assertTrue(
                Long.parseLong(server.findElement(By.className("server-tagged")).getText()) >= 1,
                "the upload above was tagged from the queue here: " + server.getText());
        assertEquals(1, api.get("api/servers").json().size());
        api.post("api/users", "{\"username\":\"rosa\",\"password\":\"rosa-library-2026\",\"role\":\"LIBRARIAN\"}");
        assertEquals(
                403,
                new Api(app(), "rosa", "rosa-library-2026").get("api/servers").status(),
                "servers: admins only");

        WebElement cron = browser.findElement(By.id("launch:cron"));
        cron.sendKeys("0 61 * * *");
        browser.findElement(By.id("launch:save-schedule")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is not a valid hour"));
        cron = browser.findElement(By.id("launch:cron")); // the form was re-rendered
        cron.clear();
        cron.sendKeys("15 4 * * 1-5");
        browser.findElement(By.id("launch:save-schedule")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Scheduled retag at '15 4 * * 1-5'"));
        Predicate<WebElement> weekdays = r -> r.getText().contains("15 4 * * 1-5");
        String next = inRow(
                "#schedules\\:schedule-table",
                weekdays,
                r -> r.findElement(By.cssSelector(".schedule-next")).getText());
        assertTrue(next.contains("04:15"), next);
        assertNothingClipped("jobs-page", By.cssSelector("#executions\\:execution-table tbody tr"));
        inRow("#schedules\\:schedule-table", weekdays, r -> clicked(r.findElement(By.cssSelector(".pause-schedule"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "paused."));
        JsonNode stored = StreamSupport.stream(api.get("api/schedules").json().spliterator(), false)
                .filter(s -> s.get("cron").asText().equals("15 4 * * 1-5"))
                .findFirst()
                .orElseThrow();
        assertTrue(stored.get("paused").asBoolean(), stored.toString());
        assertEquals(
                204, api.delete("api/schedules/" + stored.get("id").asLong()).status());
    }

    /** The Jobs page's form gives the super-labels job the method, k and seed the admin chose. */
    @Test
    void adminRunsSuperLabelsWithTheChosenParametersFromTheJobsPage() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        // Each word on three assets: a word on fewer is too rare to make a topic.
        for (String keywords : List.of("tide, dune", "tide, reef", "dune, reef", "tide, dune, reef")) {
            Api.Answer upload = api.upload("shore.png", Files.readAllBytes(freshCopyOf("coffee.png")), null, keywords);
            assertEquals(201, upload.status(), upload.body());
        }
        browser.get(app().resolve("admin/jobs.xhtml").toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/jobs.xhtml"));
        console.choose(browser.findElement(By.id("launch:job")), "super-labels");
        console.choose(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("launch:method"))), "nmf");
        browser.findElement(By.id("launch:topics_input")).sendKeys("3");
        browser.findElement(By.id("launch:seed_input")).sendKeys("5");
        CompletedRun run = runNowUntilCompleted("super-labels");
        assertTrue(
                run.row().contains("method=nmf")
                        && run.row().contains("topics=3")
                        && run.row().contains("seed=5"),
                run.row());
        JsonNode done = api.get("api/jobs/executions/" + run.execution()).json();
        assertTrue(done.get("exitStatus").asText().startsWith("3 topics (nmf, seed 5)"), done.toString());
    }

    /** An admin gives a term synonyms on the Taxonomy page; the page lists them and searches use them. */
    @Test
    void adminEditsATermsSynonymsOnTheTaxonomyPage() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        String field = "Craft" + run;
        newField(api, field, "Boats", "Planes");
        Api.Answer boat = api.upload("coffee.png", Files.readAllBytes(freshCopyOf("coffee.png")), "A boat", null);
        assertEquals(
                200,
                api.put("api/assets/" + boat.json().get("id").asLong() + "/fields/" + field + "/Boats")
                        .status());
        browser.get(app().resolve("admin/taxonomy.xhtml").toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        WebElement row = wait.until(d -> d.findElement(By.cssSelector(".field-row[data-field='" + field + "']")));
        WebElement boats = row.findElements(By.cssSelector(".term")).stream()
                .filter(t -> t.getText().startsWith("Boats"))
                .findFirst()
                .orElseThrow();
        assertEquals("1", boats.findElement(By.className("term-count")).getText(), boats.getText());
        assertTrue(
                boats.findElement(By.className("term-to-train")).getText().matches("1/[1-9][0-9]*"),
                "one of the labelled assets training needs (the minimum this server is set to): " + boats.getText());
        console.choose(row.findElement(By.cssSelector("[id$=':synonym-term']")), "Boats");
        WebElement text = wait.until(d ->
                d.findElement(By.cssSelector(".field-row[data-field='" + field + "'] input[id$=':synonym-text']")));
        text.sendKeys("dinghy" + run + ",  skiff" + run + " ,");
        browser.findElement(By.cssSelector(".field-row[data-field='" + field + "'] [id$=':save-synonyms']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Searches for dinghy" + run + ", skiff" + run + " now also find Boats."));
        By boatsSynonyms = By.xpath("//div[@data-field='" + field
                + "']//span[contains(@class,'term')][starts-with(normalize-space(.),'Boats')]//span[@class='synonym']");
        assertEquals(
                List.of("dinghy" + run, "skiff" + run),
                wait.until(d -> d.findElements(boatsSynonyms)).stream()
                        .map(e -> e.getText().strip())
                        .toList(),
                "the term shows its synonyms as chips");
        WebElement skiff = browser.findElements(boatsSynonyms).get(1);
        skiff.findElement(By.className("synonym-remove")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "A search for skiff" + run + " no longer finds Boats."));
        assertEquals(
                List.of("dinghy" + run),
                wait
                        .until(d -> d.findElements(boatsSynonyms).size() == 1 ? d.findElements(boatsSynonyms) : null)
                        .stream()
                        .map(e -> e.getText().strip())
                        .toList());

        // Removing the term says first what it does; the admin keeps it.
        browser.findElement(
                        By.xpath(
                                "//div[@data-field='" + field
                                        + "']//span[contains(@class,'term')][starts-with(normalize-space(.),'Boats')]//a[contains(@class,'term-remove')]"))
                .click();
        WebElement confirm =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertEquals(
                "Remove \"Boats\" from " + field + "? 1 asset carries it and keeps it until removed there; searches for"
                        + " dinghy" + run + " no longer find it; a model trained with it suggests it until " + field
                        + " is retrained.",
                confirm.findElement(By.cssSelector(".ui-confirm-dialog-message"))
                        .getText());
        // The dialog focuses "No" once it is shown; a click before that can land while it still fades in.
        wait.until(d -> d.switchTo().activeElement().getAttribute("class").contains("ui-confirmdialog-no"));
        confirm.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        wait.until(ExpectedConditions.invisibilityOf(confirm));
        JsonNode stored = StreamSupport.stream(api.get("api/taxonomy").json().spliterator(), false)
                .filter(f -> f.get("name").asText().equals(field))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "[\"dinghy" + run + "\"]", stored.get("synonyms").get("Boats").toString());
        assertTrue(stored.get("terms").toString().contains("\"Boats\""), "the term was kept: " + stored);
        assertTrue(
                stored.get("synonyms").path("Planes").isMissingNode()
                        || stored.get("synonyms").get("Planes").isEmpty(),
                stored.toString());
    }

    /** Several files at once: each is listed with what became of it, stored, already there, or refused and why. */
    @Test
    void librarianUploadsSeveralImagesAtOnceAndSeesWhatBecameOfEach() throws IOException {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        Path folder = Files.createTempDirectory("several");
        Path first = Files.copy(freshCopyOf("horse.png"), folder.resolve("first.png"));
        Path again = Files.copy(first, folder.resolve("first-again.png"));
        Path second = Files.copy(freshCopyOf("gravel.png"), folder.resolve("second.png"));
        Path notes = Files.writeString(folder.resolve("notes.png"), "not an image at all");
        browser.get(app().toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));

        browser.findElement(By.id("upload:upload-keywords")).sendKeys("several" + run);
        upload(List.of(first, again, second, notes));

        Map<String, String> outcomes = browser.findElements(By.cssSelector("#upload .upload-result")).stream()
                .limit(4)
                .collect(Collectors.toMap(
                        r -> r.getAttribute("data-file"), r -> r.getAttribute("class") + " " + r.getText()));
        assertEquals(
                Set.of("first.png", "first-again.png", "second.png", "notes.png"),
                outcomes.keySet(),
                outcomes.toString());
        assertTrue(outcomes.get("first.png").contains("upload-stored"), outcomes.toString());
        assertTrue(outcomes.get("second.png").contains("upload-stored"), outcomes.toString());
        assertTrue(
                outcomes.get("first-again.png").contains("upload-duplicate")
                        && outcomes.get("first-again.png").contains("Already in the DAM: asset"),
                outcomes.toString());
        assertTrue(
                outcomes.get("notes.png").contains("upload-refused")
                        && outcomes.get("notes.png").contains("Not stored: cannot be read as an image"),
                outcomes.toString());
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        JsonNode hits = api.get("api/search?q=several" + run).json();
        assertEquals(2, hits.get("total").asInt(), "the keywords went to every stored image: " + hits);
        wait.until(d -> d.findElements(By.cssSelector("#grid .tile-title")).stream()
                .anyMatch(t -> t.getText().strip().equals("second.png")));
        assertNothingClipped("upload-panel", By.id("upload"));
    }

    /**
     * A librarian finds in the grid what is left to label in a field and what waits for review, sees each tile's terms
     * and badges, ticks two tiles and adds a term to both at once.
     */
    @Test
    void librarianFiltersTheGridByWhatIsLeftAndLabelsTwoAssetsAtOnce() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        String field = "Shelf" + run;
        newField(api, field, "Top", "Bottom");
        String keyword = "grid" + run;
        List<Long> ids = uploadedAndTagged(
                api,
                "cup",
                keyword,
                List.of(
                        freshCopyOf(TestImages.COFFEE),
                        freshCopyOf(TestImages.COFFEE),
                        freshCopyOf(TestImages.COFFEE)));
        assertEquals(
                200,
                api.put("api/assets/" + ids.get(0) + "/fields/" + field + "/Top")
                        .status());
        assertEquals(
                200,
                api.post("api/suggestions/decisions", "{\"asset\":" + ids.get(2) + ",\"decision\":\"REJECT\"}")
                        .status());

        browser.get(app().toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.findElement(By.id("search:search-text")).sendKeys(keyword);
        browser.findElement(By.id("search:search-button")).click();
        wait.until(d -> tiles(d).size() == 3);
        WebElement labelled = tile(ids.get(0));
        assertTrue(
                labelled.findElements(By.cssSelector(".tile-chips .chip")).stream()
                        .anyMatch(c -> c.getText().strip().equals("Top")
                                && c.getAttribute("title").equals(field)),
                "the tile shows its terms: " + labelled.getText());
        assertTrue(
                labelled.findElement(By.className("badge-pending")).getText().matches("\\d+ pending"),
                "the detector's suggestions wait for review: " + labelled.getText());
        assertTrue(tile(ids.get(2)).findElements(By.className("badge-pending")).isEmpty(), "all of its were rejected");

        console.choose(browser.findElement(By.id("search:search-unlabelled")), "Unlabelled in " + field);
        browser.findElement(By.cssSelector("#search\\:search-pending .ui-chkbox-box"))
                .click();
        WebElement oldGrid = browser.findElement(By.id("grid:asset-grid"));
        browser.findElement(By.id("search:search-button")).click();
        wait.until(ExpectedConditions.stalenessOf(oldGrid));
        assertEquals(
                List.of(ids.get(1)),
                wait.until(d -> tiles(d).size() == 1 ? tiles(d) : null).stream()
                        .map(t -> Long.valueOf(t.getAttribute("data-asset")))
                        .toList(),
                "left to label in the field and waiting for review: only the middle one");

        browser.findElement(By.id("search:search-clear")).click();
        wait.until(d ->
                d.findElement(By.id("search:search-text")).getAttribute("value").isEmpty());
        browser.findElement(By.id("search:search-text")).sendKeys(keyword);
        browser.findElement(By.id("search:search-button")).click();
        wait.until(d -> tiles(d).size() == 3);
        for (long id : List.of(ids.get(1), ids.get(2))) {
            tile(id).findElement(By.cssSelector(".tile-pick .ui-chkbox-box")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("grid:picked-count"), (id == ids.get(1) ? 1 : 2) + " selected"));
        }
        console.choose(browser.findElement(By.id("grid:bulk-field")), field);
        console.choose(wait.until(d -> d.findElement(By.id("grid:bulk-term"))), "Bottom");
        WebElement add = browser.findElement(By.id("grid:bulk-add"));
        assertEquals("Add to 2", add.getText().strip());
        add.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Added \"Bottom\" to " + field + " of 2 of 2 assets."));
        for (long id : List.of(ids.get(1), ids.get(2))) {
            assertEquals(
                    "[\"Bottom\"]",
                    api.get("api/assets/" + id).json().get("fields").get(field).toString(),
                    "asset " + id);
        }
        assertFalse(
                api.get("api/assets/" + ids.get(0))
                        .json()
                        .get("fields")
                        .get(field)
                        .toString()
                        .contains("Bottom"),
                "the unticked one is left alone");
        assertNothingClipped("asset-grid", By.id("grid:asset-grid"));
    }

    /**
     * On an asset's page a librarian sees the assets whose pictures look like it, with their similarity, and narrows
     * them to a term or to those still unlabelled; on the grid she searches by an image and finds that picture first.
     */
    @Test
    void librarianSeesLookalikesOfAnAssetAndFindsAPictureBySearchingWithIt() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        String field = "Finish" + run;
        newField(api, field, "Matte", "Glossy");
        Path mirrored = mirrored("gravel.png");
        List<Long> ids = uploadedAndTagged(
                api,
                "look",
                "look" + run,
                List.of(freshCopyOf(TestImages.COFFEE), freshCopyOf(TestImages.COFFEE), mirrored));
        long matte = ids.get(0);
        long cup = ids.get(1);
        long pebbles = ids.get(2);
        assertEquals(
                200,
                api.put("api/assets/" + matte + "/fields/" + field + "/Matte").status());

        browser.get(app().toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.get(app().resolve("asset.xhtml?id=" + cup).toString());
        WebElement twin = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#similar-images .lookalike[data-asset='" + matte + "']")));
        assertTrue(
                Integer.parseInt(twin.getAttribute("data-similarity")) >= 95,
                "a copy with three pixels changed: " + twin.getText());
        assertTrue(twin.getText().strip().endsWith("%"), twin.getText());
        assertTrue(lookalikes().stream().noneMatch(id -> id == cup), "not itself");
        assertNothingClipped("similar-images", By.id("similar-images"));

        console.choose(browser.findElement(By.id("similar-images:similar-field")), field);
        console.choose(wait.until(d -> d.findElement(By.id("similar-images:similar-term"))), "Matte");
        showLookalikes();
        assertEquals(List.of(matte), lookalikes(), "only those carrying the term");
        console.choose(browser.findElement(By.id("similar-images:similar-field")), "Any field");
        console.choose(browser.findElement(By.id("similar-images:similar-unlabelled")), "Unlabelled in " + field);
        showLookalikes();
        assertFalse(lookalikes().contains(matte), "still unlabelled only: " + lookalikes());

        browser.get(app().toString());
        browser.findElement(By.id("by-image:by-image-file_input"))
                .sendKeys(mirrored.toAbsolutePath().toString());
        WebElement searchedBy =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search .search-image")));
        assertTrue(searchedBy.getText().contains("Pictures like gravel.png"), searchedBy.getText());
        WebElement first = wait.until(d -> tiles(d).isEmpty() ? null : tiles(d).get(0));
        assertEquals(pebbles, Long.parseLong(first.getAttribute("data-asset")), "the same picture first");
        assertTrue(first.getText().contains("100 % similar"), first.getText());
        assertEquals(
                3,
                api.get("api/search?q=look" + run).json().get("total").asLong(),
                "the image searched by was not stored");
        browser.findElement(By.id("search:search-image-clear")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#search .search-image")));
    }

    /**
     * The collection map: the map job maps every asset and an upload after it is placed on it; on the map page the
     * asset under the pointer shows its thumbnail, and a box drawn on the map opens exactly the assets inside it in the
     * grid, all ticked, where they are labelled at once.
     */
    @Test
    void librarianBoxesARegionOfTheMapAndLabelsExactlyItsAssetsInTheGrid() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        String field = "Scene" + run;
        newField(api, field, "Space", "Street");
        // Quarters of photos: pictures of their own, near-duplicates of nothing another test uploads or groups.
        List<Path> pictures = new ArrayList<>();
        for (String photo : List.of(
                TestImages.COFFEE,
                TestImages.ASTRONAUT,
                TestImages.ROCKET,
                TestImages.MOTORCYCLE,
                "motorcycle_right.png")) {
            for (int quarter = 0; quarter < 4; quarter++) {
                pictures.add(saved(photo, stamped(quarter(rgb(photo, false), quarter))));
            }
        }
        // More than the 15 neighbours a map needs, whatever the other tests left on the shared server.
        List<Long> mapped = uploadedAndTagged(api, "map", "map" + run, pictures.subList(0, 16));
        assertEquals(
                200,
                api.put("api/assets/" + mapped.get(0) + "/fields/" + field + "/Space")
                        .status());
        Api.Answer started = api.post("api/jobs/map", null);
        assertEquals(202, started.status(), started.body());
        JsonNode done = api.await(
                        "api/jobs/executions/"
                                + started.json().get("executionId").asLong(),
                        a -> !a.json().get("status").asText().matches("STARTING|STARTED"),
                        Duration.ofMinutes(3))
                .json();
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        long mapId = api.get("api/map/runs/latest").json().get("id").asLong();
        long placed = uploadedAndTagged(api, "placed", "map" + run, pictures.subList(16, 17))
                .get(0);
        Map<Long, double[]> points = mapPoints(api.bytes("api/map/runs/" + mapId + "/points"));
        assertTrue(points.keySet().containsAll(mapped), "every asset of the run is on the map");
        assertTrue(points.containsKey(placed), "an upload after the run is placed on it");
        JsonNode colouring = api.get("api/map/runs/" + mapId + "/colouring?by=terms&field=" + field)
                .json();
        assertEquals(points.size(), colouring.get("points").asInt());
        assertEquals("Space", colouring.get("legend").get(0).get("name").asText());
        assertEquals(1, colouring.get("legend").get(0).get("count").asInt());
        assertEquals(
                400, api.get("api/map/runs/" + mapId + "/assets?region=0,0;1,1").status(), "two corners");

        browser.get(app().toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.findElement(By.id("nav-map")).click();
        WebElement map = wait.until(d -> {
            WebElement m = d.findElement(By.id("collection-map"));
            return "true".equals(m.getAttribute("data-ready")) ? m : null;
        });
        assertEquals(points.size(), Integer.parseInt(map.getAttribute("data-points")));
        WebElement canvas = browser.findElement(By.id("map-canvas"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'end'});", canvas);
        double scale = Double.parseDouble(canvas.getAttribute("data-scale"));
        double left = Double.parseDouble(canvas.getAttribute("data-offset-x"));
        double top = Double.parseDouble(canvas.getAttribute("data-offset-y"));
        Map<Long, double[]> onScreen = points.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e ->
                new double[] {left + e.getValue()[0] * scale, top + e.getValue()[1] * scale}));
        int width = canvas.getSize().getWidth();
        int height = canvas.getSize().getHeight();

        // Pointing at the point furthest from any other shows that asset.
        long loneliest = onScreen.keySet().stream()
                .max(Comparator.comparingDouble(id -> nearestOther(onScreen, id)))
                .orElseThrow();
        assertTrue(nearestOther(onScreen, loneliest) > 4, "points apart enough to point at one");
        double[] at = onScreen.get(loneliest);
        new Actions(browser)
                .moveToElement(canvas, (int) Math.round(at[0] - width / 2), (int) Math.round(at[1] - height / 2))
                .perform();
        wait.until(d -> d.findElement(By.id("map-tip")).isDisplayed()
                && String.valueOf(loneliest)
                        .equals(d.findElement(By.id("map-tip")).getAttribute("data-asset")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                        "var i = document.getElementById('map-tip-image'); return i.complete && i.naturalWidth > 0;"));

        // A box over the points left of the widest gap in the middle half of the map, across its whole height.
        List<Double> xs = onScreen.values().stream().map(p -> p[0]).sorted().toList();
        int cut = 0;
        double gap = 0;
        for (int i = xs.size() / 4; i < 3 * xs.size() / 4; i++) {
            if (xs.get(i + 1) - xs.get(i) > gap) {
                gap = xs.get(i + 1) - xs.get(i);
                cut = (int) Math.round((xs.get(i) + xs.get(i + 1)) / 2);
            }
        }
        assertTrue(gap > 4, "a gap to draw the box's edge in: " + gap);
        int cutAt = cut;
        Set<Long> inBox = onScreen.entrySet().stream()
                .filter(e -> e.getValue()[0] < cutAt)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        browser.findElement(By.id("map-mode-box")).click();
        new Actions(browser)
                .moveToElement(canvas, 1 - width / 2, 1 - height / 2)
                .clickAndHold()
                .moveByOffset(cutAt - 1, height - 3)
                .release()
                .perform();
        wait.until(ExpectedConditions.textToBe(By.id("map-selected-count"), inBox.size() + " assets selected"));
        screenshot("map");
        browser.findElement(By.id("map-open-grid")).click();
        wait.until(ExpectedConditions.textToBe(By.id("search:search-map-count"), String.valueOf(inBox.size())));
        assertEquals(inBox, gridIds(), "exactly the assets in the box");
        wait.until(ExpectedConditions.textToBe(By.id("grid:picked-count"), inBox.size() + " selected"));

        browser.findElement(By.id("grid:bulk-retag")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Tagging " + inBox.size() + " of " + inBox.size() + " assets again"));
        for (long id : inBox) {
            api.await("api/assets/" + id, a -> a.json().get("tagging").asText().equals("done"), Duration.ofMinutes(3));
        }
        console.choose(browser.findElement(By.id("grid:bulk-field")), field);
        console.choose(wait.until(d -> d.findElement(By.id("grid:bulk-term"))), "Street");
        browser.findElement(By.id("grid:bulk-add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Added \"Street\" to " + field + " of " + inBox.size() + " of " + inBox.size()));
        long outside = onScreen.keySet().stream()
                .filter(id -> !inBox.contains(id))
                .findFirst()
                .orElseThrow();
        assertTrue(api.get("api/assets/" + inBox.iterator().next())
                .json()
                .get("fields")
                .get(field)
                .toString()
                .contains("Street"));
        assertFalse(String.valueOf(
                        api.get("api/assets/" + outside).json().get("fields").get(field))
                .contains("Street"));
    }

    /** The map's points (16 bytes each, little-endian: id, x, y) by asset id. */
    private static Map<Long, double[]> mapPoints(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Map<Long, double[]> points = new HashMap<>();
        while (buffer.hasRemaining()) {
            points.put(buffer.getLong(), new double[] {buffer.getFloat(), buffer.getFloat()});
        }
        return points;
    }

    private static double nearestOther(Map<Long, double[]> points, long id) {
        double[] p = points.get(id);
        return points.entrySet().stream()
                .filter(e -> e.getKey() != id)
                .mapToDouble(e -> Math.hypot(e.getValue()[0] - p[0], e.getValue()[1] - p[1]))
                .min()
                .orElse(Double.MAX_VALUE);
    }

    /** The ids of the grid's tiles on every page, paging through. */
    private Set<Long> gridIds() {
        Set<Long> ids = new HashSet<>();
        while (true) {
            tiles(browser).forEach(t -> ids.add(Long.valueOf(t.getAttribute("data-asset"))));
            List<WebElement> next =
                    browser.findElements(By.cssSelector("#grid .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return ids;
            }
            WebElement first = tiles(browser).get(0);
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(first));
        }
    }

    /** A quarter of the image (0 top left, 1 top right, 2 bottom left, 3 bottom right), as an image of its own. */
    private static BufferedImage quarter(BufferedImage image, int quarter) {
        int w = image.getWidth() / 2;
        int h = image.getHeight() / 2;
        BufferedImage part = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        part.createGraphics().drawImage(image.getSubimage(quarter % 2 * w, quarter / 2 * h, w, h), 0, 0, null);
        return part;
    }

    /** The image with three random pixels in its top row: a new asset each time. */
    private static BufferedImage stamped(BufferedImage image) {
        for (int x = 0; x < 3; x++) {
            image.setRGB(x, 0, ThreadLocalRandom.current().nextInt(0x1000000));
        }
        return image;
    }

    /**
     * The near-duplicate review: one group merged into the copy the librarian keeps (its terms follow), another kept
     * apart, then the job run again over all assets from the page: neither group comes back.
     */
    @Test
    void librarianMergesOneDuplicateGroupKeepsAnotherApartAndARunBringsNeitherBack() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        String field = "Slide" + run;
        newField(api, field, "Stars", "Cells");
        String prefix = "dup" + run + "-";
        List<Long> ids = uploadedAndTagged(
                api,
                prefix,
                null,
                List.of(
                        freshCopyOf("hubble_deep_field.jpg"),
                        freshCopyOf("hubble_deep_field.jpg"),
                        freshCopyOf("ihc.png"),
                        freshCopyOf("ihc.png")));
        long stars = ids.get(0);
        long starsCopy = ids.get(1);
        long cells = ids.get(2);
        long cellsCopy = ids.get(3);
        assertEquals(
                200,
                api.put("api/assets/" + stars + "/fields/" + field + "/Stars").status());
        // Uploads tagged at once may miss each other; a run over the new assets finds what they missed.
        Api.Answer started = api.post("api/jobs/near-duplicates?scope=new", null);
        assertEquals(202, started.status(), started.body());
        api.await(
                "api/jobs/executions/" + started.json().get("executionId").asLong(),
                a -> a.json().get("status").asText().equals("COMPLETED"),
                Duration.ofMinutes(3));

        browser.get(app().toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.findElement(By.id("nav-duplicates")).click();
        wait.until(ExpectedConditions.urlContains("/duplicates.xhtml"));
        WebElement named = browser.findElement(By.id("groups:named"));
        WebElement table = browser.findElement(By.id("groups:group-table"));
        named.sendKeys(prefix);
        wait.until(ExpectedConditions.stalenessOf(table));
        WebElement starsGroup = duplicateGroup(stars);
        assertEquals(List.of(stars, starsCopy), copiesIn(starsGroup));
        assertEquals(List.of(cells, cellsCopy), copiesIn(duplicateGroup(cells)));
        assertTrue(starsGroup.getText().contains(field + ": Stars"), starsGroup.getText());
        assertTrue(starsGroup.getText().contains(" KB"), "sizes side by side: " + starsGroup.getText());
        assertNothingClipped("duplicates", By.id("groups:group-table"));
        screenshot("duplicates.png");

        console.choose(
                starsGroup.findElement(By.cssSelector(".keep-copy")), "Keep #" + starsCopy + " " + prefix + "1.png");
        duplicateGroup(stars)
                .findElement(By.cssSelector("button[id$=':merge']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Merged 1 copy into #" + starsCopy));
        wait.until(d -> groupsShown().equals(List.of(cells)));
        assertEquals(
                List.of("Stars"),
                StreamSupport.stream(
                                api.get("api/assets/" + starsCopy)
                                        .json()
                                        .get("fields")
                                        .get(field)
                                        .spliterator(),
                                false)
                        .map(JsonNode::asText)
                        .toList(),
                "the kept copy has the other's terms");

        duplicateGroup(cells)
                .findElement(By.cssSelector("button[id$=':keep-all']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Kept all 2"));
        wait.until(d -> groupsShown().isEmpty());

        console.choose(browser.findElement(By.id("run:run-scope")), "all");
        browser.findElement(By.id("run:run-job")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("run:execution-status"), "COMPLETED"));
        browser.navigate().refresh();
        browser.findElement(By.id("groups:named")).sendKeys(prefix);
        wait.until(d -> d.findElements(By.cssSelector("#groups\\:group-table .ui-datatable-empty-message"))
                        .size()
                == 1);
        assertEquals(List.of(), groupsShown(), "neither decision comes back");
    }

    /** The row of the near-duplicate group the asset is in. */
    private WebElement duplicateGroup(long assetId) {
        return wait.until(d -> d.findElements(By.cssSelector("#groups\\:group-table tr[data-ri]")).stream()
                .filter(row -> copiesIn(row).contains(assetId))
                .findFirst()
                .orElse(null));
    }

    private static List<Long> copiesIn(WebElement group) {
        return group.findElements(By.cssSelector(".copy")).stream()
                .map(c -> Long.valueOf(c.getAttribute("data-asset")))
                .toList();
    }

    /** The first copy of each group the page shows. */
    private List<Long> groupsShown() {
        return browser.findElements(By.cssSelector("#groups\\:group-table tr[data-ri]")).stream()
                .map(row -> copiesIn(row).get(0))
                .toList();
    }

    /** Uploads the images (named prefix0.png, prefix1.png, …, with the keyword) and waits until each is tagged. */
    private static List<Long> uploadedAndTagged(Api api, String prefix, String keyword, List<Path> images)
            throws IOException {
        List<Long> ids = new ArrayList<>();
        for (Path image : images) {
            ids.add(api.upload(prefix + ids.size() + ".png", Files.readAllBytes(image), null, keyword)
                    .json()
                    .get("id")
                    .asLong());
        }
        for (long id : ids) {
            api.await(
                    "api/assets/" + id,
                    a -> a.status() == 200 && a.json().get("tagging").asText().equals("done"),
                    Duration.ofMinutes(5));
        }
        return ids;
    }

    private List<Long> lookalikes() {
        return browser.findElements(By.cssSelector("#similar-images .lookalike")).stream()
                .map(l -> Long.valueOf(l.getAttribute("data-asset")))
                .toList();
    }

    private void showLookalikes() {
        WebElement old = browser.findElement(By.id("lookalikes"));
        browser.findElement(By.id("similar-images:similar-show")).click();
        wait.until(ExpectedConditions.stalenessOf(old));
    }

    /** The photo mirrored left to right: a picture no other test uploads. */
    private static Path mirrored(String photo) throws IOException {
        return saved(photo, rgb(photo, true));
    }

    /** Adds a multi-valued field with these terms (named uniquely by the caller: the server is shared). */
    private static void newField(Api api, String field, String... terms) {
        String json =
                "{\"name\":\"" + field + "\",\"multiValued\":true,\"terms\":[\"" + String.join("\",\"", terms) + "\"]}";
        assertEquals(200, api.post("api/taxonomy", json).status(), json);
    }

    private static List<WebElement> tiles(WebDriver driver) {
        return driver.findElements(By.cssSelector("#grid .tile-box"));
    }

    private WebElement tile(long id) {
        return browser.findElement(By.cssSelector("#grid .tile-box[data-asset='" + id + "']"));
    }

    /**
     * On the Users page an admin makes a librarian an admin, sets a new password (the old one stops working), disables
     * the account, and finds that in the audit log, with who and from where.
     */
    @Test
    void adminChangesARoleResetsAPasswordDisablesAUserAndFindsItInTheAuditLog() throws IOException {
        String name = "leaving" + Long.toString(System.nanoTime() % 1_000_000, 36);
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        assertEquals(
                201,
                api.post(
                                "api/users",
                                "{\"username\":\"" + name
                                        + "\",\"password\":\"leaving-soon-2026\",\"role\":\"LIBRARIAN\"}")
                        .status());
        browser.get(app().resolve("admin/users.xhtml").toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/users.xhtml"));

        Predicate<WebElement> user = r -> r.getText().startsWith(name);
        inRow("#users\\:user-table", user, r -> clicked(r.findElement(By.cssSelector(".toggle-role"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), name + " is now an admin."));
        assertEquals(
                200,
                api.as(name, "leaving-soon-2026").get("api/users").status(),
                "an admin's page: the new role holds");
        inRow("#users\\:user-table", user, r -> clicked(r.findElement(By.cssSelector(".reset-password"))));
        WebElement newPassword =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:reset-password")));
        newPassword.sendKeys("a-fresh-start-2026");
        browser.findElement(By.id("reset:reset-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Set a new password for " + name + "."));
        assertEquals(
                401, api.as(name, "leaving-soon-2026").get("api/search?limit=1").status(), "the old one");
        assertEquals(
                200,
                api.as(name, "a-fresh-start-2026").get("api/search?limit=1").status(),
                "the new one");

        inRow("#users\\:user-table", user, r -> clicked(r.findElement(By.cssSelector(".toggle-user"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Disabled " + name));
        inRow(
                "#users\\:user-table",
                user,
                r -> r.findElements(By.cssSelector(".disabled-since")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.startsWith("disabled since"))
                        .findFirst()
                        .orElse(null));
        assertEquals(
                401,
                api.as(name, "a-fresh-start-2026").get("api/search?limit=1").status());

        browser.findElement(By.id("nav-audit")).click();
        wait.until(ExpectedConditions.urlContains("/admin/audit.xhtml"));
        browser.findElement(By.id("audit:action")).sendKeys("user.disable");
        browser.findElement(By.id("audit:apply-filter")).click();
        // The page first shows the unfiltered log, which holds this row too: wait for the filtered table.
        String row = wait.until(d -> {
            List<String> rows = d.findElements(By.cssSelector("#audit\\:audit-table tbody tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            return rows.stream().allMatch(t -> t.contains("user.disable"))
                    ? rows.stream()
                            .filter(t -> t.contains("user " + name))
                            .findFirst()
                            .orElse(null)
                    : null;
        });
        assertTrue(row.contains("admin") && row.contains("disabled"), row);
        screenshot("audit-log.png");
    }

    /**
     * What {@code action} gives for the first row of the table {@code table} (a CSS selector) that {@code wanted}
     * accepts, once there is such a row and the action gives something. Finding the row and acting on it are one
     * step of the wait: when the page redraws the table meanwhile (an AJAX update, a poll), the row is found
     * again rather than failing on a stale element.
     */
    private <T> T inRow(String table, Predicate<WebElement> wanted, Function<WebElement, T> action) {
        return wait.until(d -> d.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(wanted)
                .findFirst()
                .map(action)
                .orElse(null));
    }

    private static Boolean clicked(WebElement element) {
        element.click();
        return Boolean.TRUE;
    }

    /**
     * Pre-trained fields' suggestions (one for every upload) wait outside the default view of the queue; a librarian
     * filters to them, is asked before approving all matching with the first ones named, Enter cancels; by keyboard
     * moves to one asset, sees it full size and approves its term; approves another's term by its chip, then the
     * rest, Yes confirming.
     */
    @Test
    void librarianFiltersTheReviewQueueAndApprovesAllMatchingAfterConfirming() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (String title : List.of("Review gravel one", "Review gravel two")) {
            Api.Answer photo = api.upload("gravel.png", Files.readAllBytes(freshCopyOf("gravel.png")), title, null);
            assertEquals(201, photo.status(), photo.body());
            ids.add(photo.json().get("id").asLong());
        }
        List<JsonNode> ratings = new ArrayList<>();
        for (long id : ids) {
            JsonNode pending = api.await(
                            "api/suggestions?field=Content%20rating&asset=" + id,
                            a -> a.json().size() == 1,
                            Duration.ofSeconds(60))
                    .json();
            ratings.add(pending.get(0));
        }
        String term = ratings.get(0).get("term").asText();
        assertEquals(term, ratings.get(1).get("term").asText(), "two copies of one photo are rated alike");
        int fromPercent = (int) Math.floor(100
                * Math.min(
                        ratings.get(0).get("confidence").asDouble(),
                        ratings.get(1).get("confidence").asDouble()));

        browser.get(app().resolve("review.xhtml").toString());
        logIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:hidden-note"), "Content rating"));
        assertTrue(
                browser.findElements(By.cssSelector("#review\\:pending-table .chip-field")).stream()
                        .noneMatch(f -> f.getText().equals("Content rating")),
                "pre-trained fields are left out by default");

        browser.get(app().resolve("review.xhtml?field=Content%20rating").toString());
        browser.findElement(By.id("review:filter-term")).sendKeys(term);
        browser.findElement(By.id("review:filter-min_input")).sendKeys(Integer.toString(fromPercent));
        WebElement beforeFiltering = browser.findElement(By.id("review:approve-all")); // the field is a filter
        browser.findElement(By.id("review:apply-filter")).click();
        wait.until(ExpectedConditions.stalenessOf(beforeFiltering));
        WebElement approveAll = wait.until(ExpectedConditions.elementToBeClickable(By.id("review:approve-all")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:pending-table"), "Review gravel"));
        long matching = api.get("api/suggestions/count?field=Content%20rating&term=" + term + "&minScore="
                        + fromPercent / 100.0)
                .json()
                .get("count")
                .asLong();
        assertEquals(
                Long.toString(matching),
                browser.findElement(By.id("review:matching-count")).getText().strip());
        assertEquals("Approve all " + matching, approveAll.getText().strip());
        assertNothingClipped("review-filtered", By.id("review:approve-all"));

        approveAll.click();
        WebElement confirm =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(
                confirm.getText()
                        .contains("This approves " + matching + " suggestions: \"" + term + "\" (Content rating, "),
                confirm.getText());
        wait.until(d -> d.switchTo().activeElement().getAttribute("class").contains("ui-confirmdialog-no"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOf(confirm));
        assertEquals(
                matching,
                api.get("api/suggestions/count?field=Content%20rating&term=" + term + "&minScore="
                                + fromPercent / 100.0)
                        .json()
                        .get("count")
                        .asLong(),
                "Enter cancels: nothing was approved");

        // By keyboard: j moves down the assets to the first gravel photo, v shows it full size, a approves its term.
        Actions keys = new Actions(browser);
        By current = By.cssSelector("#review\\:pending-table tr.current");
        String marked = "";
        for (int presses = 0; presses <= matching && !marked.contains("Review gravel one"); presses++) {
            keys.sendKeys("j").perform();
            marked = browser.findElement(current).getText();
        }
        assertTrue(marked.contains("Review gravel one") && marked.contains(term), "the current row: " + marked);
        keys.sendKeys("v").perform();
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#preview img")));
        keys.sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOf(preview));
        keys.sendKeys("a").perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Approved 1 suggestion"));
        assertFalse(
                wait.until(ExpectedConditions.visibilityOfElementLocated(current))
                        .getText()
                        .contains("Review gravel one"),
                "the next asset becomes the current row");

        // One term of one asset: its chip's own approve.
        inRow(
                "#review\\:pending-table",
                r -> r.getText().contains("Review gravel two"),
                r -> clicked(r.findElement(By.cssSelector(".chip-approve"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Approved \"" + term + "\" for Content rating on asset " + ids.get(1)));

        long rest = matching - 2;
        if (rest > 0) { // other tests' photos rated alike
            WebElement approveRest = wait.until(ExpectedConditions.elementToBeClickable(By.id("review:approve-all")));
            assertEquals("Approve all " + rest, approveRest.getText().strip());
            approveRest.click();
            confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            confirm.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Approved " + rest + " suggestion"));
        }
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("review:pending-table"), "Nothing to review"));
        for (long id : ids) {
            assertEquals(
                    List.of(term),
                    StreamSupport.stream(
                                    api.get("api/assets/" + id)
                                            .json()
                                            .get("fields")
                                            .get("Content rating")
                                            .spliterator(),
                                    false)
                            .map(JsonNode::asText)
                            .toList());
        }
    }

    @Test
    void librarianSeesTheFillingRatesTheApiCountsOnTheDashboard() throws IOException {
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        api.post("api/users", "{\"username\":\"dora\",\"password\":\"dora-library-2026\",\"role\":\"LIBRARIAN\"}");
        Api.Answer photo = api.upload(
                "astronaut.png", Files.readAllBytes(freshCopyOf(TestImages.ASTRONAUT)), "Dashboard photo", null);
        assertEquals(201, photo.status(), photo.body());
        assertEquals(
                200,
                api.put("api/assets/" + photo.json().get("id").asLong() + "/fields/Asset%20Type/Photo")
                        .status());
        // Read right before the page: other tests add assets. Asset Type holds one term, so the
        // search totals of its terms add up to the assets that have one.
        long assets = api.get("api/search?limit=1").json().get("total").asLong();
        long filled = 0;
        for (JsonNode field : api.get("api/taxonomy").json()) {
            if (field.get("name").asText().equals("Asset Type")) {
                for (JsonNode term : field.get("terms")) {
                    filled += api.get("api/search?field=Asset%20Type&limit=1&term="
                                    + URLEncoder.encode(term.asText(), StandardCharsets.UTF_8))
                            .json()
                            .get("total")
                            .asLong();
                }
            }
        }
        long suggestionsBefore = api.get("api/suggestions?limit=1000").json().size();
        long corrections = api.get("api/corrections/count").json().get("count").asLong();

        browser.get(app().resolve("dashboard.xhtml").toString());
        logIn("dora", "dora-library-2026");
        wait.until(ExpectedConditions.urlContains("/dashboard.xhtml"));
        for (String chart : List.of("filling-chart", "filling-history", "pending-chart")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        WebElement assetType = browser.findElements(By.cssSelector("#filling-table tr.filling-row")).stream()
                .filter(r ->
                        r.findElement(By.className("filling-field")).getText().equals("Asset Type"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                filled,
                Long.parseLong(
                        assetType.findElement(By.className("filling-filled")).getText()),
                assetType.getText());
        assertEquals(
                assets,
                Long.parseLong(
                        assetType.findElement(By.className("filling-assets")).getText()),
                assetType.getText());
        double percent = Double.parseDouble(
                assetType.findElement(By.className("filling-percent")).getText().replace(',', '.'));
        assertEquals(100.0 * filled / assets, percent, 0.06, assetType.getText());
        assertTrue(filled >= 1 && percent > 0, "the photo labelled above counts: " + assetType.getText());

        // Tagging in the background only adds suggestions while the page opens.
        long suggestions =
                Long.parseLong(browser.findElement(By.id("pending-suggestions")).getText());
        long suggestionsAfter = api.get("api/suggestions?limit=1000").json().size();
        assertTrue(
                suggestionsBefore <= suggestions && suggestions <= suggestionsAfter,
                suggestionsBefore + " <= " + suggestions + " <= " + suggestionsAfter);
        assertEquals(
                corrections,
                Long.parseLong(browser.findElement(By.id("pending-corrections")).getText()));
        assertTrue(
                browser.findElement(By.id("review-link")).getAttribute("href").endsWith("/review.xhtml"));
        assertTrue(browser.findElements(By.id("jobs-link")).isEmpty(), "the Jobs page is for admins");

        // Opening the page recorded today's point of the curve.
        JsonNode history = api.get("api/filling/history?days=1").json();
        JsonNode days = history.get("days");
        assertEquals(LocalDate.now().toString(), days.get(days.size() - 1).asText(), history.toString());
        JsonNode curve = history.get("percents").get("Asset Type");
        assertEquals(percent, curve.get(curve.size() - 1).asDouble(), 0.06, history.toString());

        browser.manage().window().setSize(new Dimension(1280, 1300));
        screenshot("dashboard.png");
    }

    @Test
    void librarianImportsAZipAndSeesTheSkippedRowsByLine() throws IOException {
        Path zip = Files.createTempFile("collection", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("manifest.csv"));
            out.write(("file,labels,title\nhorse.png,Animals,Imported horse\nnowhere.png,Animals,Lost\n"
                            + "horse.png,Unicorns,Bad term\nhorse-again.png,Animals,Same horse\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] horse = Files.readAllBytes(freshCopyOf("horse.png"));
            out.putNextEntry(new ZipEntry("horse.png"));
            out.write(horse);
            out.putNextEntry(new ZipEntry("horse-again.png"));
            out.write(horse);
        }
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        api.post("api/users", "{\"username\":\"ines\",\"password\":\"ines-library-2026\",\"role\":\"LIBRARIAN\"}");
        browser.get(app().resolve("import.xhtml?field=Asset%20Type").toString());
        logIn("ines", "ines-library-2026");
        wait.until(ExpectedConditions.urlContains("/import.xhtml?field=Asset%20Type"));

        browser.findElement(By.id("import:import-file"))
                .sendKeys(zip.toAbsolutePath().toString());
        assertEquals(
                "Asset Type",
                browser.findElement(By.id("import:import-field_label")).getText());
        browser.findElement(By.id("import:check-button")).click();
        WebElement preflight =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import:preflight-text")));
        assertTrue(
                preflight.getText().contains("3 rows name an image, 1 cannot be read")
                        && preflight.getText().contains("2 fit Subject")
                        && preflight.getText().contains("none fit Asset Type"),
                preflight.getText());
        assertEquals(
                "Subject",
                browser.findElement(By.id("import:import-field_label")).getText(),
                "the field the labels fit is proposed");
        WebElement importButton = browser.findElement(By.id("import:import-button"));
        assertEquals("Import into Subject", importButton.getText().strip());
        importButton.click();
        new WebDriverWait(browser, Duration.ofMinutes(2))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("progress:execution-status"), "COMPLETED"));
        assertTrue(
                browser.findElement(By.id("progress:execution-result"))
                        .getText()
                        .equals("COMPLETED WITH PROBLEMS: 2 rows skipped, 1 row merged into assets that held their"
                                + " image; see the problems"),
                browser.findElement(By.id("progress:execution-result")).getText());
        String progress =
                browser.findElement(By.id("progress:execution-progress")).getText();
        assertTrue(progress.matches("(\\d+) of \\1 done \\(100 %\\), 2 skipped"), progress);
        WebElement problems = browser.findElement(By.id("progress:problem-table"));
        assertTrue(
                problems.getText().contains("3") && problems.getText().contains("nowhere.png does not exist"),
                problems.getText());
        assertTrue(
                problems.getText().contains("4") && problems.getText().contains("'Unicorns' is not a term of Subject"),
                problems.getText());
        assertTrue(
                problems.getText()
                        .matches("(?s).*\\b5\\s+1\\s+merged horse-again\\.png: same image as asset \\d+, the row's"
                                + " terms added there.*"),
                "the duplicate is named with the asset it was merged into: " + problems.getText());
        assertNothingClipped("import-page", By.id("progress:problem-table"));
        String execution =
                browser.findElement(By.id("progress:execution-id")).getText().strip();
        assertTrue(browser.findElement(By.id("progress:skipped-csv"))
                .getAttribute("href")
                .endsWith("/api/imports/" + execution + "/skipped.csv"));
        Api.Answer csv = api.as("ines", "ines-library-2026").getFile("api/imports/" + execution + "/skipped.csv");
        assertEquals(200, csv.status());
        assertEquals(
                "line,reason\r\n3,nowhere.png does not exist\r\n4,'Unicorns' is not a term of Subject\r\n", csv.body());
        JsonNode hits = api.get("api/search?q=" + URLEncoder.encode("Imported horse", StandardCharsets.UTF_8))
                .json();
        assertTrue(hits.get("total").asLong() >= 1, hits.toString());
    }

    /**
     * Six assets whose keywords always occur together (unique to this run) make a super-label; a
     * librarian names it on the Super-labels page and then finds those assets by searching for the
     * name, each tile saying why; promoted to a Subject term, the super-label proposes that term to its assets.
     */
    @Test
    void librarianNamesASuperLabelAndFindsItsAssetsBySearchingForTheName() throws IOException {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
        Api api = new Api(app(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        List<Long> harbour = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Api.Answer answer = api.upload(
                    "harbour" + i + ".png",
                    Files.readAllBytes(freshCopyOf("coins.png")),
                    null,
                    "harbour" + run + " pier" + run + " lighthouse" + run);
            assertEquals(201, answer.status(), answer.body());
            harbour.add(answer.json().get("id").asLong());
        }
        Api.Answer started = api.post("api/jobs/super-labels?method=nmf&topics=6&seed=7", null);
        assertEquals(202, started.status(), started.body());
        JsonNode done = api.await(
                        "api/jobs/executions/"
                                + started.json().get("executionId").asLong(),
                        a -> List.of("COMPLETED", "FAILED", "STOPPED")
                                .contains(a.json().get("status").asText()),
                        Duration.ofMinutes(3))
                .json();
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        api.post("api/users", "{\"username\":\"sofia\",\"password\":\"sofia-library-2026\",\"role\":\"LIBRARIAN\"}");

        browser.get(app().resolve("superlabels.xhtml").toString());
        logIn("sofia", "sofia-library-2026");
        wait.until(ExpectedConditions.urlContains("/superlabels.xhtml"));
        String name = "Harbour " + run;
        Predicate<WebElement> harbourLabel = withTopTerm("harbour" + run);
        String row = inRow(LABELS, harbourLabel, WebElement::getText);
        assertTrue(row.contains("pier" + run) && row.contains("lighthouse" + run), row);
        assertEquals(
                "6",
                inRow(
                        LABELS,
                        harbourLabel,
                        r -> r.findElement(By.cssSelector(".asset-count")).getText()));
        inRow(LABELS, harbourLabel, r -> {
            r.findElement(By.cssSelector("input[id$=':name']")).sendKeys(name);
            return clicked(r.findElement(By.cssSelector("[id$=':save-name']")));
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Named it \"" + name + "\""));
        assertEquals(
                name,
                inRow(
                        LABELS,
                        harbourLabel,
                        r -> r.findElement(By.cssSelector("input[id$=':name']")).getAttribute("value")));
        assertNothingClipped("super-labels", By.cssSelector(LABELS));

        browser.findElement(By.id("nav-assets")).click();
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.findElement(By.id("search:search-text")).sendKeys(name);
        browser.findElement(By.id("search:search-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "6 assets found: 6 via super-labels."));
        List<String> reasons = wait.until(d -> {
            List<String> shown = d.findElements(By.cssSelector("#grid .tile-via")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .toList();
            return shown.size() == 6 ? shown : null;
        });
        reasons.forEach(r -> assertEquals("via super-label " + name, r));
        assertNothingClipped("search-via-super-label", By.id("grid"));

        browser.findElements(By.cssSelector("#grid .asset-tile")).get(0).click();
        wait.until(ExpectedConditions.urlContains("/asset.xhtml"));
        WebElement topics = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("asset-super-labels")));
        assertTrue(
                topics.getText().contains(name) && topics.getText().contains("100 %"),
                "its super-label with its score: " + topics.getText());
        assertEquals(
                5,
                browser.findElements(By.cssSelector("#similar .similar-asset")).size(),
                "more like this: the other five");
        screenshot("asset-super-labels.png");

        String term = "Harbours" + run;
        browser.findElement(By.id("nav-superlabels")).click();
        wait.until(ExpectedConditions.urlContains("/superlabels.xhtml"));
        console.choose(
                inRow(LABELS, harbourLabel, r -> r.findElement(By.cssSelector("[id$=':promote-field']"))), "Subject");
        inRow(LABELS, harbourLabel, r -> {
            r.findElement(By.cssSelector("input[id$=':promote-term']")).sendKeys(term);
            return clicked(r.findElement(By.cssSelector("[id$=':promote']")));
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Promoted " + name + " to Subject: " + term + "; 6 suggestions to review."));
        for (long asset : harbour) {
            JsonNode suggestions = api.get("api/assets/" + asset).json().get("suggestions");
            assertTrue(
                    StreamSupport.stream(suggestions.spliterator(), false)
                            .anyMatch(s -> s.get("field").asText().equals("Subject")
                                    && s.get("term").asText().equals(term)
                                    && s.get("source").asText().equals("super-label " + name)
                                    && s.get("status").asText().equals("PENDING")),
                    "asset " + asset + " is proposed the term: " + suggestions);
        }
    }

    /** An execution run from the Jobs page: its id, its progress counts ("done / total"; "" for a job without items) and its row's text. */
    private record CompletedRun(String execution, String counts, String row) {}

    /** Clicks "Run now" on the Jobs page and waits until the execution's row says COMPLETED. */
    private CompletedRun runNowUntilCompleted(String job) {
        browser.findElement(By.id("launch:run-now")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Started " + job + " (execution "));
        String message = browser.findElement(By.id("messages")).getText();
        String execution = message.substring(
                message.indexOf("(execution ") + 11, message.indexOf(')', message.indexOf("(execution ")));
        return new WebDriverWait(browser, Duration.ofMinutes(2))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#executions\\:execution-table tbody tr")).stream()
                        .filter(r -> r.findElement(By.cssSelector(".execution-id"))
                                        .getText()
                                        .equals(execution)
                                && r.getText().contains("COMPLETED"))
                        .map(r -> new CompletedRun(
                                execution,
                                r.findElements(By.cssSelector(".execution-counts")).stream()
                                        .map(c -> c.getText().strip())
                                        .findFirst()
                                        .orElse(""),
                                r.getText()))
                        .findFirst()
                        .orElse(null));
    }

    /** A row of the Super-labels page's table of a super-label that has this term among its three heaviest. */
    private static Predicate<WebElement> withTopTerm(String term) {
        return r -> r.findElements(By.cssSelector(".top-term")).stream()
                .limit(3)
                .anyMatch(t -> t.getText().contains(term));
    }

    /** Three Subject labels each of Vehicles and Objects, on fresh copies of the photos. */
    private static void labelVehiclesAndObjects(Api api) throws IOException {
        for (String photo : List.of("motorcycle_left.png", "motorcycle_left.png", "rocket.jpg")) {
            label(api, photo, "Vehicles");
        }
        for (String photo : List.of("coins.png", "clock_motion.png", "page.png")) {
            label(api, photo, "Objects");
        }
    }

    /**
     * Uploads a fresh copy of the photo and gives it the Subject term through the API (a copy, so
     * that the photos the other container tests expect unlabelled stay so).
     */
    private static void label(Api api, String photo, String subject) throws IOException {
        Api.Answer answer = api.upload(photo, Files.readAllBytes(freshCopyOf(photo)), photo, null);
        assertEquals(201, answer.status(), answer.body());
        assertEquals(
                200,
                api.put("api/assets/" + answer.json().get("id").asLong() + "/fields/Subject/" + subject)
                        .status());
    }

    private void logIn(String user, String password) {
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        name.clear();
        name.sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:login-button")).click();
    }

    /** Uploads through the form and waits for the link to the new asset. */
    /**
     * Uploads through the console's upload panel: the title and keywords first, then the file(s) chosen and sent
     * with its Upload button; waits until the panel lists each file's outcome.
     */
    private void upload(Path photo, String title, String keywords) {
        if (title != null) {
            browser.findElement(By.id("upload:upload-title")).sendKeys(title);
        }
        if (keywords != null) {
            browser.findElement(By.id("upload:upload-keywords")).sendKeys(keywords);
        }
        upload(List.of(photo));
    }

    private void upload(List<Path> files) {
        int before =
                browser.findElements(By.cssSelector("#upload .upload-result")).size();
        browser.findElement(By.id("upload:upload-file_input"))
                .sendKeys(String.join(
                        "\n",
                        files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#upload .ui-fileupload-upload")))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(d ->
                        d.findElements(By.cssSelector("#upload .upload-result")).size() >= before + files.size());
    }

    /**
     * The photo with three random pixels in its top row, so each copy is a new asset. Drawn into an
     * RGB image first: a grey photo (coins) would keep only 8 bits of each stamp and copies collided.
     */
    private static Path freshCopyOf(String photo) throws IOException {
        return saved(photo, stamped(rgb(photo, false)));
    }

    /** The photo drawn into an RGB image, mirrored left to right or not. */
    private static BufferedImage rgb(String photo, boolean mirrored) throws IOException {
        BufferedImage original = ImageIO.read(TestImages.photo(photo).toFile());
        int w = original.getWidth();
        BufferedImage image = new BufferedImage(w, original.getHeight(), BufferedImage.TYPE_INT_RGB);
        image.createGraphics().drawImage(original, mirrored ? w : 0, 0, mirrored ? -w : w, original.getHeight(), null);
        return image;
    }

    /** The image as a PNG named after the photo, in a folder of its own. */
    private static Path saved(String photo, BufferedImage image) throws IOException {
        Path copy = Files.createTempDirectory("console-it").resolve(photo.replaceAll("\\.\\w+$", ".png"));
        ImageIO.write(image, "png", copy.toFile());
        return copy;
    }

    /** GETs a page with the browser's session cookie. */
    private String asTheBrowser(String url) throws IOException {
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies)
                .GET()
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(Api.PROTOCOL)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no script ran");
    }

    /**
     * At 1400 and 1024 px wide, the page, its cards, tables and table cells need no sideways scrolling (no column or
     * text is cut off or hidden behind a scroll bar) and the element stays inside the window; a screenshot of each
     * width is kept.
     */
    /**
     * Nothing on the page sticks out sideways at 1400 and 1024 px, and the element {@code located} (found afresh at
     * each width: a poll may redraw it) ends inside the window.
     */
    private void assertNothingClipped(String page, By located) throws IOException {
        Dimension before = browser.manage().window().getSize();
        for (int width : List.of(1400, 1024)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            wait.until(d ->
                    ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() <= width);
            String widest = "return Math.max(...[document.documentElement,"
                    + " ...document.querySelectorAll('.ui-datatable-tablewrapper, .ui-datatable, .card, .ui-datatable td')]"
                    + ".map(e => e.scrollWidth - e.clientWidth))";
            try { // the page settles first: a relayout after resizing, or an update still coming in, may overflow a
                // moment
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> ((Number) ((JavascriptExecutor) d).executeScript(widest)).intValue() <= 0);
            } catch (TimeoutException stillOverflowing) {
                // reported below, with what sticks out
            }
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(widest);
            screenshot(page + "-" + width + ".png");
            assertTrue(
                    overflow.intValue() <= 0,
                    () -> page + " overflows sideways by " + overflow + " px at " + width + "; past the window's edge: "
                            + ((JavascriptExecutor) browser)
                                    .executeScript(
                                            "return [...document.querySelectorAll('body *')]"
                                                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                                                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                                                    + " + ' ends at ' + Math.round(e.getBoundingClientRect().right)).join('; ')"));
            String outside = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        WebElement element = d.findElement(located);
                        int right = element.getRect().getX() + element.getRect().getWidth();
                        int window = ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth"))
                                .intValue();
                        return right <= window ? "" : element.getText() + " ends at " + right + " px";
                    });
            assertEquals("", outside, page + " at " + width + " px");
        }
        browser.manage().window().setSize(before); // the test goes on at the size it had
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                folder.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean browserInstalled() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    private static boolean isRoot() {
        try {
            Process id =
                    new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            return id.waitFor(10, TimeUnit.SECONDS)
                    && new String(id.getInputStream().readAllBytes()).strip().equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            // Nothing installed: the assumption in needsChromium() skips the tests with the reason.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
