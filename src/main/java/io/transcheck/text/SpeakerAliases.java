package io.transcheck.text;

import io.transcheck.corpus.Role;
import io.transcheck.corpus.SourceDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker labels that open a turn (`主持人:`, `SA:`, `奥特曼：`, `**Sam：**`, `### 唐鳳：`) and the role each
 * stands for (host, guest), or none. Aliases come from the job definition; for jobs that list none,
 * each document's own recurring labels are found too ({@link SpeakerDetector}).
 */
public final class SpeakerAliases {

    /** A speaker label found at the start of a line. {@code end} is where the spoken text begins; {@code role} may be null. */
    public record Turn(String alias, Role role, int end) {}

    /**
     * The labels of a document.
     *
     * @param byRole  labels by the role they stand for
     * @param noRole  labels of speakers whose role is not known (a third interviewer who never asks)
     */
    public record Labels(Map<Role, List<String>> byRole, List<String> noRole) {
        public static final Labels NONE = new Labels(Map.of(), List.of());

        public boolean isEmpty() {
            return byRole.isEmpty() && noRole.isEmpty();
        }
    }

    private final Map<String, Role> roleByAlias;   // folded alias -> role, null for a label without one
    private final Pattern prefix;
    private final boolean detect;
    /** How much of a line's start can hold a label with its markup. */
    private static final int HEAD = 80;

    public SpeakerAliases(Map<Role, List<String>> aliasesByRole) {
        this(new Labels(aliasesByRole, List.of()), false);
    }

    /** @param detect also find each document's own labels (for jobs that list no speakers) */
    public SpeakerAliases(Map<Role, List<String>> aliasesByRole, boolean detect) {
        this(new Labels(aliasesByRole, List.of()), detect);
    }

    private SpeakerAliases(Labels labels, boolean detect) {
        this.detect = detect;
        Map<String, Role> byAlias = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        labels.byRole().forEach((role, aliases) -> aliases.forEach(a -> add(a, role, byAlias, all)));
        labels.noRole().forEach(a -> add(a, null, byAlias, all));
        this.roleByAlias = Collections.unmodifiableMap(byAlias);
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String a : all) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(a));
        }
        // optional Markdown emphasis or heading marks, the alias, optional closing emphasis, a colon
        this.prefix = all.isEmpty() ? null : Pattern.compile(
                "^[\\s>#*_]*(" + alt + ")[*_]*\\s*[:：][*_]*\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void add(String alias, Role role, Map<String, Role> byAlias, List<String> all) {
        String key = fold(alias);
        if (!key.isEmpty() && !byAlias.containsKey(key)) {
            byAlias.put(key, role);
            all.add(key);
        }
    }

    public static SpeakerAliases none() {
        return new SpeakerAliases(Map.of());
    }

    /**
     * The labels to segment one document with: these, or when they are to be found, these plus
     * the document's own (a job's {@code speakers:} list overrides: it is never added to).
     */
    public SpeakerAliases forDocument(SourceDocument doc) {
        if (!detect) return this;
        Labels found = SpeakerDetector.detect(doc, this);
        if (found.isEmpty()) return this;
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        List<String> noRole = new ArrayList<>();
        roleByAlias.forEach((alias, role) -> {
            if (role == null) noRole.add(alias);
            else byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(alias);
        });
        found.byRole().forEach((role, labels) -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).addAll(labels));
        noRole.addAll(found.noRole());
        return new SpeakerAliases(new Labels(byRole, noRole), false);
    }

    /**
     * The turn a line opens, if any. Labels match in either script (a job lists 奥特曼, a Traditional
     * transcript writes 奧特曼): the line's start is matched in Simplified, which has the same length.
     */
    public Optional<Turn> match(String line) {
        if (prefix == null) return Optional.empty();
        String head = line.substring(0, Math.min(line.length(), HEAD));
        Matcher m = prefix.matcher(ChineseConverter.instance().toSimplified(head));
        if (!m.find()) return Optional.empty();
        String alias = line.substring(m.start(1), m.end(1));
        return Optional.of(new Turn(alias, roleOf(alias), m.end()));
    }

    /** The role an alias stands for, or null if it is not a known alias or has no role. */
    public Role roleOf(String alias) {
        return alias == null ? null : roleByAlias.get(fold(alias));
    }

    private static String fold(String alias) {
        return ChineseConverter.instance().toSimplified(alias.strip()).toLowerCase(java.util.Locale.ROOT);
    }
}
