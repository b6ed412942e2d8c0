using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

/// <summary>Control characters in an article's file are not words of the article and never reach a draft.</summary>
public class PlainArticleTextTests
{
    [Theory]
    [InlineData("\"\u001b[31mWe will hear from the workers first\u001b[0m,\" she said.", "\"We will hear from the workers first,\" she said.", 2)]
    [InlineData("\u001b]0;owned\u0007Mill to close", "Mill to close", 1)]
    [InlineData("\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\ text", "link text", 2)]
    [InlineData("page one ends\n\fPage two", "page one ends\nPage two", 1)]
    [InlineData("a bell\u0007 and a C1 \u009b1mcode", "a bell and a C1 code", 2)]
    [InlineData("ESC alone\u001b", "ESC alone", 1)]
    public void Escape_sequences_and_control_characters_are_left_out_and_counted(string text, string plain, int removed)
    {
        Assert.Equal(plain, PlainArticleText.Clean(text, out int count));
        Assert.Equal(removed, count);
    }

    [Fact]
    public void Line_breaks_tabs_and_ordinary_text_stay_as_they_are()
    {
        const string text = "Headline\r\n\r\n\u201cIt\u2019s a good day,\u201d\tsaid Daniel Pryce.\n";

        Assert.Same(text, PlainArticleText.Clean(text, out int count));
        Assert.Equal(0, count);
    }
}
