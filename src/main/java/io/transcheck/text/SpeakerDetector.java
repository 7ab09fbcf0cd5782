package io.transcheck.text;

import io.transcheck.corpus.LineKind;
import io.transcheck.corpus.Role;
import io.transcheck.corpus.Resources;
import io.transcheck.corpus.SourceDocument;
import io.transcheck.corpus.SourceLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the speaker labels of a document that no job lists: names that open lines as Markdown
 * headings ({@code ### 唐鳳：}), in bold ({@code **名字**：}) or plainly ({@code 名字：...}) and
 * recur through the file. A document is taken for a conversation only when at least two such
 * labels recur and someone asks questions; then the labels of its format that occur once (a third
 * interviewer under a heading) count too.
 *
 * <p>Roles: a label the configuration knows keeps its role ({@code 记者} is host). Of the others,
 * the one who asks least (and, on a tie, says most) is the guest, and those who ask in at least a
 * third of their turns, clearly more often than the guest, are hosts: interviewers ask. Anyone
 * else has a label but no role.
 */
final class SpeakerDetector {
    private static final Pattern LABEL = Pattern.compile("^[\\s>#*_]*([^\\s:：*_#>][^:：\\n]{0,29}?)[*_]*\\s*[:：](?!//)[*_]*");
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[，。、！？「」『』“”‘’《》（）()\\[\\]【】,.!?;；\"/\\\\|=+<>~@#$%^&{}\\d]");
    private static final Set<String> NOT_LABELS = new HashSet<>(Resources.words("/text/not-speaker-labels.txt"));
    private static final int MIN_RECURRENCE = 2;
    private static final double ASKS = 1 / 3.0;
    private static final double ASKS_MORE = 0.2;

    private enum Style { HEADING, BOLD, PLAIN }

    private record Candidate(String label, Style style) {}

    private static final class Turns {
        int turns;
        int questions;
        int chars;

        double asks() {
            return turns == 0 ? 0 : questions / (double) turns;
        }
    }

    private SpeakerDetector() {}

    /** The document's labels by role (roles of {@code known} kept), or none if it is no conversation. */
    static SpeakerAliases.Labels detect(SourceDocument doc, SpeakerAliases known) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Style> styles = new HashMap<>();
        for (SourceLine line : doc.lines()) {
            Candidate c = candidate(line, known);
            if (c == null) continue;
            count.merge(c.label(), 1, Integer::sum);
            styles.putIfAbsent(c.label(), c.style());
        }
        Set<String> labels = new HashSet<>();
        Map<Style, Integer> recurringByStyle = new HashMap<>();
        count.forEach((label, n) -> {
            if (n >= MIN_RECURRENCE) {
                labels.add(label);
                recurringByStyle.merge(styles.get(label), 1, Integer::sum);
            }
        });
        if (labels.size() < 2) return SpeakerAliases.Labels.NONE;
        // once a format is established (two recurring labels under headings, say), its one-off labels are speakers too
        count.forEach((label, n) -> {
            Style s = styles.get(label);
            if (n < MIN_RECURRENCE && s != Style.PLAIN && recurringByStyle.getOrDefault(s, 0) >= 2) labels.add(label);
        });
        Map<String, Turns> turns = turns(doc, labels, known);
        if (turns.values().stream().noneMatch(t -> t.turns >= MIN_RECURRENCE && t.asks() >= ASKS)) return SpeakerAliases.Labels.NONE;
        return roles(count.keySet().stream().filter(labels::contains).toList(), turns, known);
    }

    private static SpeakerAliases.Labels roles(List<String> labels, Map<String, Turns> turns, SpeakerAliases known) {
        Map<String, Role> role = new LinkedHashMap<>();
        for (String l : labels) role.put(l, known.roleOf(l));
        String guest = role.entrySet().stream().filter(e -> e.getValue() == Role.GUEST).map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> labels.stream().filter(l -> role.get(l) == null && turns.get(l).turns >= MIN_RECURRENCE)
                        .min(Comparator.comparingDouble((String l) -> turns.get(l).asks()).thenComparing(l -> -turns.get(l).chars))
                        .orElse(null));
        double guestAsks = guest == null ? 0 : turns.get(guest).asks();
        Map<Role, List<String>> byRole = new java.util.EnumMap<>(Role.class);
        List<String> noRole = new ArrayList<>();
        for (String l : labels) {
            Role r = role.get(l);
            if (r == null && l.equals(guest)) r = Role.GUEST;
            else if (r == null && turns.get(l).asks() >= Math.max(ASKS, guestAsks + ASKS_MORE)) r = Role.HOST;
            if (r == null) noRole.add(l);
            else byRole.computeIfAbsent(r, k -> new ArrayList<>()).add(l);
        }
        return new SpeakerAliases.Labels(byRole, noRole);
    }

    /** Turns, questions and characters per label: a turn runs from its label to the next label or heading. */
    private static Map<String, Turns> turns(SourceDocument doc, Set<String> labels, SpeakerAliases known) {
        Map<String, Turns> out = new HashMap<>();
        labels.forEach(l -> out.put(l, new Turns()));
        Turns current = null;
        boolean asked = false;
        for (SourceLine line : doc.lines()) {
            if (line.kind() == LineKind.MARKUP) continue;
            Candidate c = candidate(line, known);
            if (c != null && labels.contains(c.label())) {
                if (current != null && asked) current.questions++;
                current = out.get(c.label());
                current.turns++;
                asked = false;
            } else if (line.kind() != LineKind.CONTENT) {
                if (current != null && asked) current.questions++;
                current = null;
                continue;
            }
            if (current == null) continue;
            String body = line.text().substring(line.contentStart());
            current.chars += body.length();
            if (body.indexOf('？') >= 0 || body.indexOf('?') >= 0) asked = true;
        }
        if (current != null && asked) current.questions++;
        return out;
    }

    /** The label a line opens with, if it looks like a name. */
    private static Candidate candidate(SourceLine line, SpeakerAliases known) {
        if (line.kind() != LineKind.CONTENT && line.kind() != LineKind.HEADING) return null;
        String text = line.text();
        Optional<SpeakerAliases.Turn> k = known.match(text.substring(line.contentStart()));
        Matcher m = LABEL.matcher(text);
        if (!m.find()) return null;
        String label = k.isPresent() ? k.get().alias() : m.group(1).strip();
        if (k.isEmpty() && !nameLike(label)) return null;
        Style style = line.kind() == LineKind.HEADING || text.stripLeading().startsWith("#") ? Style.HEADING
                : text.substring(0, m.start(1)).contains("*") || text.substring(0, m.start(1)).contains("_") ? Style.BOLD : Style.PLAIN;
        return new Candidate(label, style);
    }

    /** A person's name or a role such as 記者: short, no sentence punctuation, digits or stop words. */
    static boolean nameLike(String label) {
        if (label.isEmpty() || NOT_IN_NAMES.matcher(label).find()) return false;
        boolean han = label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (han && label.codePointCount(0, label.length()) > 8) return false;
        if (!han && (label.length() > 30 || label.split("\\s+").length > 4 || !Character.isUpperCase(label.codePointAt(0)))) return false;
        String folded = ChineseConverter.instance().toSimplified(label).toLowerCase(Locale.ROOT);
        return !NOT_LABELS.contains(folded);
    }
}
