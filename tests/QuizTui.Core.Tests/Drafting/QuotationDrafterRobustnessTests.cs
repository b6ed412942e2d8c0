using System.Text;
using System.Text.Json;
using QuizTui.Core.Drafting;
using YamlDotNet.RepresentationModel;

namespace QuizTui.Core.Tests.Drafting;

public class QuotationDrafterRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" \n\n \t ")]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("”“”“")]
    [InlineData("\"\"\"\"\"\"")]
    [InlineData("''''‘’‘’")]
    [InlineData("“unclosed\n\n“still unclosed\n\n“and again")]
    [InlineData("“”,” said.")]
    [InlineData("said said said, according to according to")]
    [InlineData("He said: “")]
    [InlineData("“a,” he said, “")]
    [InlineData("Mr. . Dr. “x” J. . ,” ’s ’")]
    public void Odd_input_never_throws(string article)
    {
        var drafts = QuotationDrafter.Extract(article);

        // Whatever the input, both outputs are well formed and list every draft.
        var yaml = new YamlStream();
        yaml.Load(new StringReader(DraftQuotationWriter.ToYaml(drafts, includeLabels: true)));
        var listed = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("quotations")];
        Assert.Equal(drafts.Count, listed.Children.Count);
        using var json = JsonDocument.Parse(DraftQuotationWriter.ToJson(drafts));
        Assert.Equal(drafts.Count, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Random_input_never_throws_and_positions_point_at_quotation_marks()
    {
        string[] pieces =
        [
            "“", "”", "\"", "'", "‘", "’", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "—", "said", "says", "he", "she",
            "they", "according", "to", "Mr.", "Anna", "Berg", "Acme", "Inc.", "CEO", "the", "company", "spokeswoman",
            "tweeted", "J.", "who", "a", "x", "’s", "\r\n", "\t", "…", "(", ")", "ICE", "Mayor",
        ];
        var random = new Random(20240917);
        for (var round = 0; round < 400; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 120);
            for (var i = 0; i < length; i++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    sb.Append(' ');
                }
            }
            var text = sb.ToString();
            var drafts = QuotationDrafter.Extract(text);
            foreach (var d in drafts)
            {
                Assert.InRange(d.Offset, 0, text.Length - 1);
                // A right double mark may open a quotation too (”Like this,” she said).
                Assert.Contains(text[d.Offset], "“\"'‘„«”");
                Assert.InRange(d.Confidence, 0, 1);
                Assert.Equal(d.SpeakerResolved, d.Speaker is not null);
            }
        }
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0x2100);
            }
            _ = QuotationDrafter.Extract(new string(chars));
        }
    }

    [Fact]
    public void A_very_long_article_lists_each_repeated_quotation_once()
    {
        // Invented paragraph, repeated.
        const string paragraph =
            "“The new ferry will carry 400 passengers,” harbour master Ines Duarte said on Monday. " +
            "She said the \"old tub\" would be sold. “We expect to sail by June.”\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 2000)); // about 340 KB
        QuotationDrafter.Extract(paragraph);

        var drafts = QuotationDrafter.Extract(text);

        // Printed twice or more, a quotation is listed once.
        Assert.Equal(3, drafts.Count);
    }

    [Fact]
    public void Unbalanced_quotes_do_not_swallow_the_rest_of_the_article()
    {
        const string article =
            "Officials said the “temporary closure would last a week.\n\n" +
            "“We are sorry for the delay,” transit manager Omar Haddad said.\n";

        var drafts = QuotationDrafter.Extract(article);

        var draft = Assert.Single(drafts);
        Assert.Equal("We are sorry for the delay", draft.Text);
        Assert.Equal("Omar Haddad", draft.Speaker);
    }
}
