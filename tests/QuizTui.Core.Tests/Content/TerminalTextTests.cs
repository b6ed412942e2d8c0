using QuizTui.Core.Model;

namespace QuizTui.Core.Tests.Content;

public class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[2J", "␛[2J")]
    [InlineData("bell\u0007", "bell␇")]
    [InlineData("a\rb", "a␍b")]
    [InlineData("nul\0", "nul␀")]
    [InlineData("del\u007f", "del␡")]
    [InlineData("csi\u009b31m", "csi<U+009B>31m")]
    [InlineData("\u202eevil", "<U+202E>evil")]
    [InlineData("iso\u2066late\u2069", "iso<U+2066>late<U+2069>")]
    [InlineData("line\nbreak\ttab", "line␊break␉tab")]
    [InlineData("para\u2029sep", "para<U+2029>sep")]
    public void Characters_a_terminal_acts_on_become_visible_stand_ins(string text, string shown)
    {
        Assert.Equal(shown, TerminalText.Escape(text));
    }

    [Theory]
    [InlineData("Ana Pérez said “no” — twice")]
    [InlineData("日本語 and emoji 🚲")]
    [InlineData("")]
    public void Ordinary_text_is_left_as_it_is(string text)
    {
        Assert.Same(text, TerminalText.Escape(text));
    }

    [Fact]
    public void Lines_of_a_report_keep_their_line_breaks_but_not_carriage_returns()
    {
        Assert.Equal("one␍\ntwo ␛[2J\n", TerminalText.EscapeLines("one\r\ntwo \u001b[2J\n"));
    }

    [Fact]
    public void A_long_value_is_cut_to_the_limit_with_an_ellipsis()
    {
        string shortened = TerminalText.Shorten(new string('x', 500));
        Assert.Equal(TerminalText.MaxQuotedValue, shortened.Length);
        Assert.Equal(new string('x', TerminalText.MaxQuotedValue - 1) + "…", shortened);
        Assert.Equal("short", TerminalText.Shorten("short"));
    }

    [Fact]
    public void Quoted_values_in_a_message_are_cut_and_the_words_around_them_kept()
    {
        string message = $"unknown key `{new string('k', 200)}` in event.yaml. Did you mean `title`?";

        string shown = TerminalText.ShortenQuoted(message);

        Assert.Equal($"unknown key `{new string('k', TerminalText.MaxQuotedValue - 1)}…` in event.yaml. Did you mean `title`?", shown);
    }

    [Fact]
    public void A_message_with_an_unpaired_quote_mark_is_still_one_escaped_line()
    {
        Assert.Equal("unknown key `a␊b in file", TerminalText.ShortenQuoted("unknown key `a\nb in file"));
    }
}
