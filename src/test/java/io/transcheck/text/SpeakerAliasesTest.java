package io.transcheck.text;

import io.transcheck.corpus.Role;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speaker labels at the start of a line, and the role each stands for. */
class SpeakerAliasesTest {
    private static final SpeakerAliases SPEAKERS = new SpeakerAliases(Map.of(
            Role.HOST, List.of("主持人", "汤普森", "Thompson"), Role.GUEST, List.of("SA", "奥特曼", "Altman")));

    @ParameterizedTest(name = "«{0}» → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            主持人: Sam Altman,歡迎回到 Stratechery。 | 主持人   | host  | 5
            SA: 謝謝。                                 | SA       | guest | 4
            sa：谢谢。                                 | sa       | guest | 3
            奥特曼:没错。                              | 奥特曼   | guest | 4
            **汤普森：**好的。                         | 汤普森   | host  | 8
            > **Thompson**: hi                         | Thompson | host  | 16
            SAM: 不是 SA 的标签。                      | -        | -     | -
            Sam Altman 说：这不是标签。                | -        | -     | -
            我问奥特曼:为什么?                         | -        | -     | -
            """)
    void line_labelRoleAndTextStart(String line, String alias, String role, Integer end) {
        Optional<SpeakerAliases.Turn> turn = SPEAKERS.match(line);
        if (alias == null) {
            assertTrue(turn.isEmpty(), turn.toString());
            return;
        }
        assertEquals(new SpeakerAliases.Turn(alias, Role.parse(role).orElseThrow(), end), turn.orElseThrow());
    }

    @Test
    void roleOf_ignoresCaseScriptAndSpaces() {
        assertEquals(Role.GUEST, SPEAKERS.roleOf(" altman "));
        assertEquals(Role.GUEST, SPEAKERS.roleOf("奧特曼"));
        assertEquals(Role.HOST, SPEAKERS.roleOf("湯普森"));
        assertEquals(null, SPEAKERS.roleOf("记者"));
        assertTrue(SpeakerAliases.none().match("SA: 谢谢。").isEmpty());
    }

    @Test
    void traditionalLabel_opensATurn() {
        assertEquals(Role.GUEST, SPEAKERS.match("奧特曼：沒錯。").map(SpeakerAliases.Turn::role).orElse(null));
    }
}
