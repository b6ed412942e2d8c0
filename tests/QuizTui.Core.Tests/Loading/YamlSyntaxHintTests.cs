using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Loading;

/// <summary>The commonest YAML mistakes are explained in the instructor's terms, at the place to fix.</summary>
public class YamlSyntaxHintTests
{
    private static Diagnostic SyntaxError(string text)
    {
        var result = ContentLoader.Load([new ContentFile("p/quizzes/q.yaml", text), new ContentFile("p/event.yaml", "id: p\ntitle: P\nperiod: {start: 2020-01-01}\noverview: O\npeople: [{id: a, name: A}]\n")]);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.DoesNotContain("scalar", diagnostic.Message, StringComparison.Ordinal);
        return diagnostic;
    }

    [Fact]
    public void A_colon_inside_a_value_asks_for_quotes_at_the_colon()
    {
        var d = SyntaxError("id: q\nkind: comprehension\ntitle: Fill in: the vote was close\n");
        Assert.Equal((3, 15), (d.Line, d.Column));
        Assert.Contains("the value of `title` contains `: `", d.Message, StringComparison.Ordinal);
        Assert.Contains("title: \"…\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_indented_too_far_is_shown_at_the_key_with_the_column_it_needs()
    {
        var d = SyntaxError("""
            id: q
            kind: comprehension
            title: T
            questions:
              - id: a
                type: true-false
                skill: detail
                 answer: false
            """);
        Assert.Equal((8, 6), (d.Line, d.Column));
        Assert.Contains("`answer` is indented further than `skill`", d.Message, StringComparison.Ordinal);
        Assert.Contains("column 5", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_indented_too_little_in_a_list_item_says_which_column_the_keys_use()
    {
        var d = SyntaxError("""
            id: q
            kind: comprehension
            title: T
            questions:
              - id: a
               type: true-false
            """);
        Assert.Equal((6, 4), (d.Line, d.Column));
        Assert.Contains("`type` starts in column 4 but `id` on the line above starts in column 5", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_named_at_the_tab()
    {
        var d = SyntaxError("id: q\nkind: comprehension\nperiod:\n\tstart: 2020-01-01\n");
        Assert.Equal((4, 1), (d.Line, d.Column));
        Assert.Contains("indented with a tab", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_starts_with_a_quotation_and_goes_on_suggests_a_folded_block()
    {
        var d = SyntaxError("id: q\nkind: comprehension\ntitle: \"Forty\" was the number given\n");
        Assert.Equal((3, 8), (d.Line, d.Column));
        Assert.Contains("starts with a quote mark", d.Message, StringComparison.Ordinal);
        Assert.Contains("`title: >-`", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*Roughly* forty homes", '*')]
    [InlineData("@gazette reported it", '@')]
    public void A_value_that_starts_with_a_symbol_asks_for_quotes(string title, char symbol)
    {
        var d = SyntaxError($"id: q\nkind: comprehension\ntitle: {title}\n");
        Assert.Equal((3, 8), (d.Line, d.Column));
        Assert.Contains($"starts with `{symbol}`", d.Message, StringComparison.Ordinal);
        Assert.Contains($"title: \"{title}\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quotation_mark_is_named()
    {
        var d = SyntaxError("id: \"unterminated\nkind: x\n");
        Assert.Equal(1, d.Line);
        Assert.Contains("no closing quote mark", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_ends_do_not_change_the_hint()
    {
        var d = SyntaxError("id: q\r\nkind: comprehension\r\ntitle: Fill in: the vote\r\n");
        Assert.Equal((3, 15), (d.Line, d.Column));
    }

    [Fact]
    public void A_binary_file_is_called_one_at_its_first_nul_byte()
    {
        var d = SyntaxError("id: q\0\u0001\u0002garbage");
        Assert.Equal((1, 6), (d.Line, d.Column));
        Assert.Contains("not text (it holds binary data)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_in_another_encoding_is_shown_at_the_first_bad_character()
    {
        // What File.ReadAllText makes of "Genève" saved as Windows-1252.
        var d = SyntaxError("id: q\nkind: comprehension\ntitle: Gen\uFFFDve summit\n");
        Assert.Equal((3, 11), (d.Line, d.Column));
        Assert.Contains("Save it as UTF-8", d.Message, StringComparison.Ordinal);
    }
}
