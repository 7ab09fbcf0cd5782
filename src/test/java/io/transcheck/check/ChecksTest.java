package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.pipeline.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksTest {
    private static final LabelSettings LABELS = LabelSettings.defaults();
    private static final CheckFixture.Case CHANGED_NUMBER = CheckFixture.aligned("奥特曼:过去七个月里,我们完成了很多交易。", 0.9, 0.9, Double.NaN,
            "SA: 過去一個月裡,我們完成了很多交易。");

    private static Verdict verdict(CheckSettings enabled, CheckFixture.Case c) {
        Checks checks = new Checks(LABELS, enabled, () -> Decision.shipped(false), List.of(c.facts().transcript()), Map.of(), Set.of());
        return checks.verdict(c.sentence());
    }

    @Test
    void everyShippedCheck_hasItsOwnId() {
        List<Check> all = Checks.standard(LABELS);
        assertEquals(all.size(), Checks.ids().size(), "ids are unique: " + Checks.ids());
        for (Check c : all) assertTrue(c.getClass().getSimpleName().endsWith("Check"), c.getClass().getName());
    }

    @Test
    void switchedOffCheck_findsNothing_andMeasuresNothing() {
        Checks on = new Checks(LABELS, CheckSettings.ALL, () -> Decision.shipped(false), List.of(CHANGED_NUMBER.facts().transcript()), Map.of(), Set.of());
        Checks off = new Checks(LABELS, new CheckSettings(Map.of(NumberMismatchCheck.ID, false)), () -> Decision.shipped(false),
                List.of(CHANGED_NUMBER.facts().transcript()), Map.of(), Set.of());
        Evidence with = on.evidence(CHANGED_NUMBER.sentence());
        Evidence without = off.evidence(CHANGED_NUMBER.sentence());
        int found = Features.NAMES.indexOf(NumberMismatchCheck.ID + ":found");
        int conflicting = Features.NAMES.indexOf(NumberMismatchCheck.ID + ":conflicting");
        assertEquals(1, with.features()[found]);
        assertEquals(1, with.features()[conflicting]);
        assertEquals(0, without.features()[found]);
        assertEquals(0, without.features()[conflicting]);
        assertTrue(without.findings().stream().noneMatch(f -> f.checkId().equals(NumberMismatchCheck.ID)), without.findings().toString());
        assertFalse(verdict(new CheckSettings(Map.of(NumberMismatchCheck.ID, false)), CHANGED_NUMBER).reasons().contains(NumberMismatchCheck.ID));
    }

    @Test
    void switchedOffFromAJobFile_orTheCommandLine_byItsId() {
        Settings job = Settings.bind(null, Map.of("checks.NUMBER_MISMATCH.enabled", "false"));
        assertFalse(job.checks().runs(NumberMismatchCheck.ID));
        assertTrue(job.checks().runs(NumberUnsupportedCheck.ID));
        assertTrue(Settings.names().contains("checks.WEAK_SUPPORT.enabled"));
    }

    @Test
    void unknownCheckId_isRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CheckSettings(Map.of("NUMBER", false)));
        assertTrue(e.getMessage().contains("NUMBER_MISMATCH"), e.getMessage());
    }

    @Test
    void notAClaim_isDecidedBeforeAnyCheck() {
        // a courtesy with a figure the transcript never gives: no check speaks about it
        CheckFixture.Case thanks = CheckFixture.aligned("奥特曼:感谢你的精彩主持,祝你们三百年好运。", 0.1, 0.1, Double.NaN, "SA: 非常感謝。再見。");
        Verdict v = verdict(CheckSettings.ALL, thanks);
        assertEquals(Label.NOT_A_CLAIM, v.label());
        assertEquals(List.of(LabelAggregator.NOT_A_CLAIM), v.findings().stream().map(Finding::checkId).toList());
    }

    @Test
    void claimThatNoPassageSharesWordingWith_isInvented() {
        CheckFixture.Case c = CheckFixture.aligned("火星殖民计划无疑将在十年内完成。", 0.9, 0.9, Double.NaN, "SA: 我們會繼續努力。");
        AlignedSentence none = new AlignedSentence(c.sentence().sentence(), c.facts().transcript(), null, Double.NaN);
        Verdict v = verdict(CheckSettings.ALL, new CheckFixture.Case(none, c.facts()));
        assertEquals(Label.INVENTED_CLAIM, v.label(), v.reasons());
        assertTrue(v.reasons().contains("no passage shares its wording"), v.reasons());
        assertFalse(v.reasons().contains(CertaintyCheck.ID), "no passage to compare certainty with: " + v.reasons());
    }

    @Test
    void unmatchedDocument_isListedNotChecked() {
        AlignedSentence s = AlignedSentence.unaligned(CHANGED_NUMBER.sentence().sentence(), null);
        Verdict v = verdict(CheckSettings.ALL, new CheckFixture.Case(s, CHANGED_NUMBER.facts()));
        assertEquals(Label.NOT_A_CLAIM, v.label());
        assertTrue(v.reasons().startsWith(LabelAggregator.UNMATCHED + ": "), v.reasons());
    }
}
