package io.transcheck.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker labels that open a turn (`主持人:`, `SA:`, `奥特曼：`, `**Sam：**`) and the role each
 * stands for (host, guest, ...). Aliases come from the job definition; when it lists none, the
 * labels of each document are also found in it ({@link #forDocument}, {@link SpeakerDetector}).
 */
public final class SpeakerAliases {

    /** A speaker label found at the start of a line. {@code end} is where the spoken text begins. */
    public record Turn(String alias, String role, int end) {}

    private final Map<String, String> roleByAlias;   // folded alias -> role ("" for a label without one)
    private final Pattern prefix;
    private final boolean detect;
    /** How much of a line's start can hold a label with its markup. */
    private static final int HEAD = 80;

    public SpeakerAliases(Map<String, List<String>> aliasesByRole) {
        this(aliasesByRole, false);
    }

    /**
     * @param aliasesByRole role to its labels; the role {@code ""} holds labels without a role
     * @param detect        also find each document's own labels (for jobs that list no speakers)
     */
    public SpeakerAliases(Map<String, List<String>> aliasesByRole, boolean detect) {
        this.detect = detect;
        Map<String, String> byAlias = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        aliasesByRole.forEach((role, aliases) -> aliases.forEach(a -> {
            String key = fold(a);
            if (!key.isEmpty()) {
                byAlias.put(key, role);
                all.add(key);
            }
        }));
        this.roleByAlias = Map.copyOf(byAlias);
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

    public static SpeakerAliases none() {
        return new SpeakerAliases(Map.of());
    }

    /**
     * The labels to segment one document with: these, or when they are to be found, these plus
     * the document's own (a job's {@code speakers:} list overrides: it is never added to).
     */
    public SpeakerAliases forDocument(io.transcheck.corpus.SourceDocument doc) {
        if (!detect) return this;
        Map<String, List<String>> found = SpeakerDetector.detect(doc, this);
        if (found.isEmpty()) return this;
        Map<String, List<String>> all = new LinkedHashMap<>();
        roleByAlias.forEach((alias, role) -> all.computeIfAbsent(role, r -> new ArrayList<>()).add(alias));
        found.forEach((role, labels) -> all.computeIfAbsent(role, r -> new ArrayList<>()).addAll(labels));
        return new SpeakerAliases(all, false);
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
    public String roleOf(String alias) {
        String role = alias == null ? null : roleByAlias.get(fold(alias));
        return role == null || role.isEmpty() ? null : role;
    }

    public Map<String, String> roleByAlias() {
        return roleByAlias;
    }

    private static String fold(String alias) {
        return ChineseConverter.instance().toSimplified(alias.strip()).toLowerCase(java.util.Locale.ROOT);
    }
}
