package io.transcheck.check;

import io.transcheck.align.AlignedSentence;
import io.transcheck.corpus.Role;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code SPEAKER_MISATTRIBUTION}: the article gives a sentence to one speaker (the guest) while in
 * the transcript the other (the host) says it. The article gives a sentence to someone by a speaker
 * label (唐凤：), or in prose by naming them, or her or him, with a speech verb (唐凤表示, 她还说: a
 * commentary reports its guest). Only for a sentence that clearly corresponds to a passage of a single
 * speaker.
 */
public final class SpeakerCheck implements Check {
    public static final String ID = "SPEAKER_MISATTRIBUTION";
    private static final WordList SPEECH_VERBS = new WordList("/check/speech-verbs.txt");
    /** The longest subject of reported speech: a name of a few characters, or 她, 他. */
    private static final int SUBJECT = 4;
    /** An adverb between the subject and its speech verb: 唐凤还说, 她也指出. */
    private static final Pattern ADVERB = Pattern.compile("还|也|则|更|曾|又|便|就|再|进一步|特别");
    /** 在唐凤看来: in her view. */
    private static final Pattern IN_VIEW = Pattern.compile("^在([\\p{IsHan}]{1,4}|她|他)(?:的)?(?:看来|眼中|眼里|心中)");

    /** Whom the article gives a sentence to, and how it says so. */
    record Attribution(String name, Role role) {}

    private final double minSupport;

    /** @param minSupport the support from which the passage clearly is the sentence's source */
    public SpeakerCheck(double minSupport) {
        this.minSupport = minSupport;
    }

    @Override public String id() {
        return ID;
    }

    @Override public List<String> measures() {
        return List.of("attributed", "other_speaker");
    }

    /**
     * Whether the article gives the sentence to someone, and, when its passage is someone else's, how far
     * its support is above {@code minSupport} (0 otherwise, scaled to 1 at full support): another speaker
     * matters only for a passage the sentence clearly comes from; an invented sentence lands on anyone's.
     */
    @Override public double[] measure(AlignedSentence s, TranscriptFacts facts) {
        Attribution a = attributed(s, facts);
        if (a == null || otherSpeaker(s, a.role()) == null) return new double[] {a == null ? 0 : 1, 0};
        return new double[] {1, Math.max(0, (s.support() - minSupport) / (1 - minSupport))};
    }

    @Override public List<Finding> check(AlignedSentence s, TranscriptFacts facts) {
        Attribution a = attributed(s, facts);
        if (a == null || s.support() < minSupport) return List.of();
        Role other = otherSpeaker(s, a.role());
        if (other == null) return List.of();
        String speaker = s.transcript().speaker(s.alignment().span());
        return List.of(drift("the article gives this to " + a.name() + " (" + a.role()
                + "), but in the transcript " + speaker + " (" + other + ") says it (" + s.refs() + ")"));
    }

    /**
     * The role that speaks the passage, or the part of it the sentence comes from, when it is not
     * {@code role}; else null. A passage of a question and its answer is both speakers': the sentence
     * comes from the one of its sentences it shares the most wording with.
     */
    private static Role otherSpeaker(AlignedSentence s, Role role) {
        if (s.alignment() == null) return null;
        io.transcheck.align.Span span = s.alignment().span();
        Set<Role> roles = s.transcript().roles(span);
        if (roles.size() > 1) {
            Role core = s.transcript().sentence(Clauses.closest(s.transcript(), span, s.edited())).role();
            roles = core == null ? Set.of() : Set.of(core);
        }
        return roles.size() == 1 && !roles.contains(role) ? roles.iterator().next() : null;
    }

    /**
     * Whom the article gives the sentence to: its speaker label's role, or in prose a speaker the
     * transcript names, or her or him, reporting it: 唐凤表示, 她还说, 在唐凤看来, also after a first
     * clause (2014年, 唐凤回忆); null if no one.
     */
    static Attribution attributed(AlignedSentence s, TranscriptFacts facts) {
        if (s.sentence().role() != null) return new Attribution(s.sentence().speaker(), s.sentence().role());
        if (s.sentence().speaker() != null) return null;   // a label whose role is not known
        String text = s.edited();
        Matcher view = IN_VIEW.matcher(text);
        if (view.find()) {
            Attribution a = speaker(view.group(1), facts);
            if (a != null) return a;
        }
        int clause = 0;
        for (String part : text.split("[,，;；:：]", -1)) {
            if (clause++ > 1) break;
            Attribution a = reporting(part.strip(), facts);
            if (a != null) return a;
        }
        return null;
    }

    /** A clause that opens with a subject and a speech verb (唐凤还说...), and who the subject is. */
    private static Attribution reporting(String clause, TranscriptFacts facts) {
        for (int len = 1; len <= Math.min(SUBJECT, clause.length() - 1); len++) {
            String subject = clause.substring(0, len);
            if (!subject.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) break;
            Matcher m = ADVERB.matcher(clause).region(len, clause.length());
            int verbAt = m.lookingAt() ? m.end() : len;
            if (SPEECH_VERBS.startOf(clause.substring(verbAt)) == null) continue;
            Attribution a = speaker(subject, facts);
            if (a != null) return a;
        }
        return null;
    }

    /** 她 and 他 are the guest a commentary reports; a name is who the transcript says it is. */
    private static Attribution speaker(String subject, TranscriptFacts facts) {
        if (subject.equals("她") || subject.equals("他")) return new Attribution(subject, Role.GUEST);
        Role role = facts.roleOfSpeaker(subject);
        return role == null ? null : new Attribution(subject, role);
    }
}
