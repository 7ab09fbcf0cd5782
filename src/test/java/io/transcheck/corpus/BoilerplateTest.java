package io.transcheck.corpus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Page furniture versus text, one line at a time (rules in corpus/boilerplate.tsv). */
class BoilerplateTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            当前位置:首页 > 科技资讯 > 正文                                              | BOILERPLATE | navigation line
            Home > Tech > AI                                                             | BOILERPLATE | navigation line
            Sam Altman揭秘OpenAI全产业链战略 AI基础设施 ChatGPT生态 第1张               | BOILERPLATE | image caption
            图1：发布会现场（来源：OpenAI）                                              | BOILERPLATE | image caption
            原文鏈接:https://stratechery.com/2025/an-interview-with-openai-ceo-sam-altman | BOILERPLATE | source link
            https://example.com/article                                                  | BOILERPLATE | bare link
            版权声明：本文为原创，转载请注明出处。                                       | BOILERPLATE | copyright notice
            © 2025 Stratechery. All rights reserved.                                     | BOILERPLATE | copyright notice
            本文来自微信公众号“科技观察”                                                 | BOILERPLATE | source notice
            阅读原文                                                                     | BOILERPLATE | link text
            ![配图](sam-altman.jpg)                                                      | MARKUP      | Markdown image
            * content                                                                    | MARKUP      | Markdown table-of-contents marker
            {:toc}                                                                       | MARKUP      | Markdown attribute list
            ***                                                                          | MARKUP      | Markdown rule
            在短短七个月内,OpenAI完成了三项关键举措:                                    | CONTENT     | -
            首页的设计很重要，用户每天都会看到。                                         | CONTENT     | -
            他说这是第1张牌，而不是最后一张。                                            | CONTENT     | -
            奥特曼:没错,这绝对是一个在战略层面清晰可行的优势方向。                       | CONTENT     | -
            """)
    void line_classified(String line, LineKind kind, String note) {
        SourceLine l = Boilerplate.classify(List.of(line)).get(0);
        assertEquals(kind, l.kind(), line);
        assertEquals(note, l.note(), line);
    }

    @Test
    void blankLineInText_isMarkupAndKeepsNumbering() {
        List<SourceLine> lines = Boilerplate.classify(List.of("第一句。", "   ", "第三句。"));
        assertEquals(List.of(LineKind.CONTENT, LineKind.MARKUP, LineKind.CONTENT), lines.stream().map(SourceLine::kind).toList());
        assertEquals(List.of(1, 2, 3), lines.stream().map(SourceLine::no).toList());
    }

    @Test
    void yamlFrontMatter_markupUpToItsClosingLine_thenText() {
        List<SourceLine> lines = Boilerplate.classify(List.of("", "---", "layout: post", "title: Sam Altman 最新访谈", "---",
                "近日，OpenAI CEO Sam Altman 出席了一场深度访谈活动。"));
        for (int i = 0; i < 5; i++) assertEquals(LineKind.MARKUP, lines.get(i).kind(), "line " + (i + 1));
        assertEquals("YAML front matter", lines.get(2).note());
        assertEquals(new SourceLine(6, "近日，OpenAI CEO Sam Altman 出席了一场深度访谈活动。", LineKind.CONTENT, 0, null), lines.get(5));
    }

    @Test
    void ruleNotAtTop_isNotFrontMatter() {
        List<SourceLine> lines = Boilerplate.classify(List.of("正文第一句。", "---", "title: 不是元数据", "---"));
        assertEquals(LineKind.CONTENT, lines.get(2).kind());
        assertEquals("Markdown rule", lines.get(1).note());
    }

    @Test
    void unclosedFrontMatter_isText() {
        List<SourceLine> lines = Boilerplate.classify(List.of("---", "title: 没有结束", "正文。"));
        assertEquals(LineKind.CONTENT, lines.get(2).kind());
        assertNull(lines.get(2).note());
    }

    @ParameterizedTest(name = "«{0}» starts at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ### 一、小标题      | 4
            > 引用的一句话。    | 2
            - 列表项：内容。    | 2
            +   列表项          | 4
            ##没有空格不是标题  | 0
            1. 编号不是标记     | 0
            普通句子。          | 0
            """)
    void markdownMarks_contentStartsAfterThem(String line, int start) {
        SourceLine l = Boilerplate.classify(List.of(line)).get(0);
        assertEquals(start, l.contentStart());
    }
}
