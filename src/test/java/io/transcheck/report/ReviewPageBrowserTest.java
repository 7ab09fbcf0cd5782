package io.transcheck.report;

import io.transcheck.check.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.transcheck.report.PageFixture.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** review.html in a real browser (Debian's headless Chromium): escaping, filters, the overview, a large run. */
class ReviewPageBrowserTest {
    private static final String XSS_IMG = "\"><img src=x onerror=\"window.__pwned='img'\">";
    private static final String XSS_SCRIPT = "<script>window.__pwned='script'</script>";

    @Test
    void markupInArticlesAndTranscripts_isShownAsText_andRunsNothing(@TempDir Path dir) throws Exception {
        String doc = "evil" + XSS_IMG + ".txt";
        SentenceRow evil = row(doc, 1, Label.INVENTED_CLAIM, 0.1, XSS_SCRIPT + "他说" + XSS_IMG, "L1",
                "SA: " + XSS_SCRIPT + "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe>",
                "UNSUPPORTED_CONTENT: nothing in the transcript says this: “" + XSS_IMG + "” appears nowhere in it");
        SentenceRow formula = row(doc, 2, Label.PARAPHRASE_DRIFT, 0.5, "=HYPERLINK(\"http://x\",\"点我\")", "L1", "SA: 好。", "WEAK_SUPPORT: w");
        DocumentRow matched = new DocumentRow(doc, PageFixture.TRANSCRIPT, DocumentStatus.MATCHED, 2, 2, 1, 0, 0, Map.of(), "UTF-8", "");
        DocumentRow unmatched = new DocumentRow("other" + XSS_SCRIPT + ".txt", "", DocumentStatus.UNMATCHED, 3, 0, 0.05, 0, 0, Map.of(), "UTF-8",
                "no transcript covers it " + XSS_IMG);
        DocumentRow broken = new DocumentRow("broken.pdf", "", DocumentStatus.ERROR, 0, 0, 0, 0, 0, Map.of(), "", "binary file " + XSS_IMG);
        ErrorRow error = new ErrorRow("broken.pdf", "in/broken.pdf", 0, "ERROR", "this is a PDF " + XSS_SCRIPT, "save it as text " + XSS_IMG);
        TranscriptView transcript = TranscriptView.of(Map.of(PageFixture.TRANSCRIPT,
                List.of(new TranscriptView.Line(1, "SA", "SA: " + XSS_SCRIPT + "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe>"))));
        ReportSet set = new ReportSet(List.of(evil, formula), List.of(matched, unmatched, broken), List.of(error));
        ReportWriter.write(dir, "run1", set, transcript, "");
        try (Browser b = Browser.open(dir.resolve("downloads"))) {
            b.load(dir.resolve("run1").resolve(ReportWriter.REVIEW_PAGE));
            new Actions(b.driver()).sendKeys("o").perform();   // the context too
            Thread.sleep(300);
            assertEquals(true, b.js("return window.__pwned === undefined"), "nothing from the data ran");
            assertEquals(0L, b.js("return document.querySelectorAll('main img, main iframe').length"));
            assertEquals(2L, b.js("return document.querySelectorAll('script').length"));
            WebDriver d = b.driver();
            assertEquals(XSS_SCRIPT + "他说" + XSS_IMG, d.findElement(By.cssSelector(".row .side.a .text")).getText());
            assertTrue(d.findElement(By.cssSelector(".row .context")).getText().contains(XSS_SCRIPT), "the context shows it as text too");
            String alerts = d.findElement(By.id("alerts")).getText();
            assertTrue(alerts.contains("other" + XSS_SCRIPT + ".txt") && alerts.contains("binary file " + XSS_IMG), alerts);

            // with nothing decided, the saved file is flagged.csv itself: same columns, quoting, BOM and neutralised formulas
            new Actions(d).sendKeys("S").perform();
            Path saved = b.awaitDownload(30);
            assertArrayEquals(Files.readAllBytes(dir.resolve("run1").resolve(ReportWriter.FLAGGED)), Files.readAllBytes(saved));
        }
    }

    @Test
    void filtersSearchAndOverview_changeTheVisibleRows_withCountsThatFollow(@TempDir Path dir) throws Exception {
        ReportWriter.write(dir, "run1", PageFixture.large(3, 40), PageFixture.transcript(1000), "/srv/news/reviews");
        try (Browser b = Browser.open(dir.resolve("downloads"))) {
            b.load(dir.resolve("run1").resolve(ReportWriter.REVIEW_PAGE));
            WebDriver d = b.driver();
            assertEquals(60, visible(b));
            assertEquals(50, d.findElements(By.cssSelector("#list .row")).size(), "paged");
            assertEquals("page 1 of 2", d.findElement(By.id("page-of")).getText());
            assertTrue(d.findElement(By.id("alerts")).getText().contains("zzz_other_interview.txt — 4 % of its claims anchored"));

            new Select(d.findElement(By.id("f-label"))).selectByValue("INVENTED_CLAIM");
            awaitVisible(b, 30);
            assertTrue(d.findElements(By.cssSelector("#list .row")).stream().allMatch(r -> r.getAttribute("class").contains("lab-INVENTED_CLAIM")));
            assertEquals("001_article.txt (10)", new Select(d.findElement(By.id("f-doc"))).getOptions().get(2).getText(),
                    "the other filters' options count what they would show");
            new Select(d.findElement(By.id("f-doc"))).selectByVisibleText("001_article.txt (10)");
            awaitVisible(b, 10);
            d.findElement(By.id("f-clear")).click();
            awaitVisible(b, 60);
            new Select(d.findElement(By.id("f-check"))).selectByValue("NUMBER_MISMATCH");
            awaitVisible(b, 30);
            d.findElement(By.id("f-clear")).click();
            d.findElement(By.id("f-search")).sendKeys("第1篇第5句");
            awaitVisible(b, 1);
            assertTrue(d.findElement(By.cssSelector("#list .row .side.a")).getText().contains("第1篇第5句"));
            d.findElement(By.id("f-clear")).click();
            awaitVisible(b, 60);

            // a mark of the overview strip jumps to its row, on whichever page it is
            d.findElement(By.cssSelector(".strip[data-doc='2'] .cell[title^='S39 ']")).click();
            WebElement focused = b.waitFor(x -> x.findElement(By.cssSelector("#list .row.focus")), 10);
            assertTrue(focused.getText().contains("第2篇第39句"), focused.getText());
            assertEquals("page 2 of 2", d.findElement(By.id("page-of")).getText());

            // the passage in its context: the transcript's lines around it, and the sentence among its neighbours
            new Actions(d).sendKeys("o").perform();
            WebElement context = b.waitFor(x -> x.findElement(By.cssSelector("#list .row.focus .context")), 10);
            assertEquals(2 * ReviewPage.CONTEXT + 1, context.findElements(By.cssSelector(".ctx.t li")).size());
            assertEquals(1, context.findElements(By.cssSelector(".ctx.t li.in")).size());
            assertTrue(context.findElement(By.cssSelector(".ctx.a li.cur")).getText().contains("第2篇第39句"));
        }
    }

    @Test
    void fiveThousandFlags_renderAndFilterWithoutFreezing(@TempDir Path dir) throws Exception {
        ReportSet set = PageFixture.large(50, 200);
        ReportWriter.write(dir, "warm-up", PageFixture.large(1, 10), PageFixture.transcript(1000), "");   // dictionaries loaded
        long t0 = System.nanoTime();
        ReportWriter.write(dir, "run1", set, PageFixture.transcript(1000), "");
        long written = System.nanoTime();
        Path page = dir.resolve("run1").resolve(ReportWriter.REVIEW_PAGE);
        try (Browser b = Browser.open(dir.resolve("downloads"))) {
            long before = System.nanoTime();
            b.load(page);
            long loaded = System.nanoTime();
            WebDriver d = b.driver();
            assertEquals(5000, visible(b));
            assertEquals(50, d.findElements(By.cssSelector("#list .row")).size());
            // the filter as the page runs it: one synchronous change event, timed inside the browser
            Number filterMs = (Number) b.js("var s = document.getElementById('f-label'); var t = performance.now();"
                    + " s.value = 'PARAPHRASE_DRIFT'; s.dispatchEvent(new Event('change')); return performance.now() - t;");
            assertEquals(2500, visible(b));
            long f1 = System.nanoTime();
            d.findElement(By.id("f-search")).sendKeys("第7篇");
            awaitVisible(b, 50);
            long f2 = System.nanoTime();
            new Actions(d).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
            d.findElement(By.id("f-clear")).click();
            awaitVisible(b, 5000);
            new Actions(d).sendKeys("]").perform();
            b.waitFor(x -> x.findElement(By.id("page-of")).getText().equals("page 2 of 100"), 30);
            new Actions(d).sendKeys("k").perform();   // the previous flag is on the previous page
            b.waitFor(x -> x.findElement(By.id("page-of")).getText().equals("page 1 of 100"), 30);
            assertEquals("49", d.findElement(By.cssSelector("#list .row.focus")).getAttribute("data-pos"));
            System.out.printf("review page, 5000 flagged rows: %.1f MB, written (with the CSV files) in %d ms; usable %s ms after navigation "
                            + "(%d ms as Selenium saw it); label filter %.0f ms in the page; typed search answered in %d ms%n",
                    Files.size(page) / 1e6, ms(written - t0), b.js("return document.documentElement.getAttribute('data-ready-ms')"),
                    ms(loaded - before), filterMs.doubleValue(), ms(f2 - f1));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static int visible(Browser b) {
        return b.visibleCount();
    }

    private static void awaitVisible(Browser b, int n) {
        b.waitFor(d -> visible(b) == n, 30);
    }
}
