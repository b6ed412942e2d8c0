using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class TypographyTests
{
    [Theory]
    [InlineData("\"We are not moving,\" said Ines Duarte.")]
    [InlineData("“We are not moving,” said Ines Duarte.")]
    [InlineData("''We are not moving,'' said Ines Duarte.")]
    [InlineData("«We are not moving,» said Ines Duarte.")]
    [InlineData("« We are not moving », said Ines Duarte.")]
    [InlineData("‘We are not moving,’ said Ines Duarte.")]
    [InlineData("'We are not moving,' said Ines Duarte.")]
    [InlineData("„We are not moving,“ said Ines Duarte.")]
    public void Every_kind_of_quotation_mark_gives_the_same_quotation(string article)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("We are not moving", draft.Text);
        Assert.Equal("Ines Duarte", draft.Speaker);
        Assert.Equal(0, draft.Offset);
    }

    [Fact]
    public void Dashes_inside_a_quotation_keep_it_whole()
    {
        const string article = "“We were — and still are — committed to this town,” said grocer Ali Rahimi. \"I--and my family--stay.\"\n";

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(["We were — and still are — committed to this town", "I--and my family--stay."], drafts.Select(d => d.Text));
        Assert.All(drafts, d => Assert.Equal("Ali Rahimi", d.Speaker));
    }

    [Theory]
    [InlineData("\"He told me, 'You will never work here again,' and hung up,\" said Leo Brandt.", "He told me, 'You will never work here again,' and hung up")]
    [InlineData("‘He said “no” to every offer we made,’ said Leo Brandt.", "He said “no” to every offer we made")]
    [InlineData("“The sign said ‘closed for good’ and we believed it,” said Leo Brandt.", "The sign said ‘closed for good’ and we believed it")]
    public void A_quotation_inside_a_quotation_stays_part_of_it(string article, string text)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(text, draft.Text);
        Assert.Equal("Leo Brandt", draft.Speaker);
    }

    [Fact]
    public void A_single_quoted_quotation_may_run_over_paragraphs_like_a_double_quoted_one()
    {
        const string article = """
            Ferry captain Mae Olsen spoke at the harbour.

            ‘We have sailed this route for fifty years.

            ‘We will not stop now,’ she said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("We have sailed this route for fifty years. We will not stop now", draft.Text);
        Assert.Equal("Mae Olsen", draft.Speaker);
    }

    [Theory]
    [InlineData("\"", "\"")]
    [InlineData("“", "”")]
    public void A_quotation_split_by_a_stray_paragraph_break_carries_on_to_its_closing_mark(string open, string close)
    {
        var article = $"""
            After the final, Kell coach Ana Ruiz said, {open}We learned a lot today.

            It was a long day for all of us.{close} Tomas Vell, the captain, said nothing.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("We learned a lot today. It was a long day for all of us.", draft.Text);
        Assert.Equal("Ana Ruiz", draft.Speaker);
    }

    [Fact]
    public void A_paragraph_whose_first_mark_opens_a_quotation_does_not_carry_an_unclosed_one()
    {
        const string article = """
            Kell coach Ana Ruiz said, "We learned a lot today.

            Captain Tomas Vell said: "We will be back next year."
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal(["We learned a lot today.", "We will be back next year."], drafts.Select(d => d.Text));
        Assert.Equal(["Ana Ruiz", "Tomas Vell"], drafts.Select(d => d.Speaker));
    }

    [Fact]
    public void Apostrophes_are_never_taken_for_quotation_marks()
    {
        const string article = "The workers' union and the town's mayor met at Rosie's. “It's done,” said Rosie O'Hara.\n";

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("It's done", draft.Text);
        Assert.Equal("Rosie O'Hara", draft.Speaker);
    }
}
