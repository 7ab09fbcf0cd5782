package io.transcheck.job;

import io.transcheck.TranscheckApplication;
import io.transcheck.report.Browser;
import io.transcheck.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review workflow through the page, in a real browser: a run's page shows every flagged sentence;
 * decisions made with the keyboard are saved as a reviews CSV, the next run imports them, and its
 * reports and its page show them.
 */
class ReviewPageJobTest {
    private static final String[] LEXICAL = {"--transcheck.embeddings.enabled=false"};

    @Test
    void decisionsMadeWithTheKeyboard_areSaved_importedByTheNextRun_andShownInItsPage(@TempDir Path dir) throws Exception {
        Browser.assumeInstalled();
        JobFixture fx = ReviewMemoryTest.newsroom(dir);
        assertEquals(TranscheckApplication.OK, fx.run("news", LEXICAL));
        List<Map<String, String>> flagged = fx.rows("news", "flagged.csv");
        assertTrue(flagged.size() > 50, "more than one page of flags: " + flagged.size());

        try (Browser b = Browser.open(dir.resolve("downloads"))) {
            b.load(fx.latest("news").resolve(ReportWriter.REVIEW_PAGE));
            WebDriver d = b.driver();
            assertEquals(List.of(flagged.stream().map(r -> r.get("edited_text")).toList()), List.of(renderedSentences(b)),
                    "every flagged sentence, in the order of flagged.csv");

            // first row: a note, then CONFIRMED; the second row FALSE_POSITIVE; then save: all with the keyboard
            new Actions(d).sendKeys("n").perform();
            new Actions(d).sendKeys("quote checked against the tape").sendKeys(Keys.ENTER).perform();
            new Actions(d).sendKeys("c").perform();
            new Actions(d).sendKeys("f").perform();
            assertEquals("CONFIRMED", rowDecision(d, 0));
            assertEquals("FALSE_POSITIVE", rowDecision(d, 1));
            assertTrue(d.findElement(By.id("counts")).getText().contains("2 decided"));
            new Actions(d).sendKeys("S").perform();
            Path saved = b.awaitDownload(30);
            Files.createDirectories(dir.resolve("reviews"));
            Files.copy(saved, dir.resolve("reviews").resolve(saved.getFileName()));
        }

        assertEquals(TranscheckApplication.OK, fx.run("news", LEXICAL));
        List<Map<String, String>> again = fx.rows("news", "flagged.csv");
        Map<String, String> confirmed = again.stream().filter(r -> r.get("edited_text").equals(flagged.get(0).get("edited_text"))).findFirst().orElseThrow();
        assertEquals("CONFIRMED", confirmed.get("decision"));
        assertEquals("quote checked against the tape", confirmed.get("note"));
        assertTrue(again.stream().noneMatch(r -> r.get("edited_text").equals(flagged.get(1).get("edited_text"))), "the false positive left the work list");
        assertEquals("FALSE_POSITIVE", fx.rows("news", "sentences.csv").stream()
                .filter(r -> r.get("edited_text").equals(flagged.get(1).get("edited_text"))).findFirst().orElseThrow().get("review_status"));

        try (Browser b = Browser.open(dir.resolve("downloads2"))) {
            b.load(fx.latest("news").resolve(ReportWriter.REVIEW_PAGE));
            WebDriver d = b.driver();
            assertEquals(again.size(), b.visibleCount(), "the page's work list is flagged.csv's");
            WebElement first = d.findElement(By.cssSelector("#list .row[data-pos='0']"));
            assertEquals(flagged.get(0).get("edited_text"), first.findElement(By.cssSelector(".side.a .text")).getText());
            assertEquals("CONFIRMED", first.getAttribute("data-decision"));
            assertTrue(first.findElement(By.cssSelector(".earlier")).getText().contains("Confirmed — quote checked against the tape"));
            assertEquals("also show 1 marked false positive in earlier runs", d.findElement(By.id("f-dismissed-text")).getText());
        }
    }

    /** The article sentences of all rows, page after page. */
    private static List<String> renderedSentences(Browser b) {
        WebDriver d = b.driver();
        List<String> out = new ArrayList<>();
        while (true) {
            for (WebElement t : d.findElements(By.cssSelector("#list .row .side.a .text"))) out.add(t.getText());
            List<WebElement> pager = d.findElements(By.cssSelector("#pager button"));
            if (pager.isEmpty() || !pager.get(1).isEnabled()) break;
            pager.get(1).click();
        }
        // back to the first page, where the cursor starts
        for (List<WebElement> p = d.findElements(By.cssSelector("#pager button")); !p.isEmpty() && p.get(0).isEnabled();
             p = d.findElements(By.cssSelector("#pager button"))) {
            p.get(0).click();
        }
        return out;
    }

    private static String rowDecision(WebDriver d, int position) {
        return d.findElement(By.cssSelector("#list .row[data-pos='" + position + "']")).getAttribute("data-decision");
    }
}
