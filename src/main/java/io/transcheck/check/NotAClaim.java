package io.transcheck.check;

import io.transcheck.corpus.Resources;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Courtesies and transitions (`感谢你的精彩主持`, `以下为访谈精华内容`) that assert nothing. */
final class NotAClaim {
    private static final String RULES = "/check/not-a-claim.tsv";

    private record Rule(Pattern pattern, String reason) {}

    private static final List<Rule> RULE_LIST = Resources.lines(RULES).stream().map(l -> {
        String[] p = l.text().split("\t");
        if (p.length != 2) throw new IllegalStateException(RULES + ":" + l.no() + ": expected regex<TAB>reason");
        return new Rule(Pattern.compile(p[0]), p[1]);
    }).toList();

    private NotAClaim() {}

    static Optional<String> reason(String normalized) {
        for (Rule r : RULE_LIST) {
            if (r.pattern().matcher(normalized).find()) return Optional.of(r.reason());
        }
        return Optional.empty();
    }
}
