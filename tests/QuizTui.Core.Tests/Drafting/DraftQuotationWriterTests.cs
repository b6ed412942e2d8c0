using System.Text.Json;
using QuizTui.Core.Drafting;
using QuizTui.Core.Formats;
using YamlDotNet.RepresentationModel;

namespace QuizTui.Core.Tests.Drafting;

public class DraftQuotationWriterTests
{
    // Invented for these tests.
    private const string Article =
        "“Nobody asked us.”\n\n" +
        "The so-called “quiet hours” bylaw passed on Friday.\n\n" +
        "“It is about \"respect\" for neighbours,” councillor Wen Zhao tweeted.\n";

    [Fact]
    public void Yaml_is_a_quotations_list_with_ids_speaker_ids_and_channels_and_leaves_labels_out()
    {
        var yaml = DraftQuotationWriter.ToYaml(QuotationDrafter.Extract(Article), "bylaw-story");

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var list = (YamlSequenceNode)root.Children[new YamlScalarNode("quotations")];
        Assert.Equal(2, list.Children.Count);

        var first = (YamlMappingNode)list.Children[0];
        Assert.Equal("bylaw-story-q1", Scalar(first, "id"));
        Assert.Equal("unknown", Scalar(first, "speaker"));

        var second = (YamlMappingNode)list.Children[1];
        Assert.Equal("bylaw-story-q2", Scalar(second, "id"));
        Assert.Equal("It is about \"respect\" for neighbours", Scalar(second, "text"));
        Assert.Equal("wen-zhao", Scalar(second, "speaker"));
        Assert.Equal("tweet", Scalar(second, "channel"));
        Assert.False(string.IsNullOrWhiteSpace(Scalar(second, "context")));
        Assert.Contains("speaker: unknown  # CHECK: no speaker found, low confidence (0.20): write the speaker's person id", yaml, StringComparison.Ordinal);
        Assert.Contains("speaker: wen-zhao  # Wen Zhao (person): high confidence (0.95), speaker named in the same sentence", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_can_include_labels_and_is_valid_when_empty()
    {
        var drafts = QuotationDrafter.Extract(Article);
        Assert.Contains("quiet hours", DraftQuotationWriter.ToYaml(drafts, includeLabels: true), StringComparison.Ordinal);

        var stream = new YamlStream();
        stream.Load(new StringReader(DraftQuotationWriter.ToYaml([])));
        var list = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("quotations")];
        Assert.Empty(list.Children);
    }

    [Fact]
    public void Json_has_every_field_in_snake_case_and_reads_back_through_the_public_context()
    {
        var json = DraftQuotationWriter.ToJson(QuotationDrafter.Extract(Article));

        var items = JsonSerializer.Deserialize(json, PublicJson.Default.ListDraftQuotationJson)!;
        Assert.Equal(3, items.Count);
        Assert.Null(items[0].Speaker);
        Assert.False(items[0].SpeakerResolved);
        Assert.True(items[0].NeedsCheck);
        Assert.Equal("no speaker found: check", items[0].Reason);
        Assert.Equal("label", items[1].Kind);
        var tweet = items[2];
        Assert.Equal("Wen Zhao", tweet.Speaker);
        Assert.Equal("wen-zhao", tweet.SpeakerId);
        Assert.True(tweet.SpeakerResolved);
        Assert.Equal("person", tweet.SpeakerKind);
        Assert.Equal((5, 1, 3), (tweet.Line, tweet.Column, tweet.Paragraph));
        Assert.Equal("tweeted", tweet.Attribution);
        Assert.Equal("tweet", tweet.Channel);
        Assert.Equal("high", tweet.ConfidenceLevel);
        Assert.InRange(tweet.Confidence, 0.85, 1);

        using var document = JsonDocument.Parse(json);
        var keys = document.RootElement[2].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["text", "speaker", "speaker_id", "speaker_resolved", "speaker_kind", "kind", "line", "column", "paragraph",
             "confidence", "confidence_level", "needs_check", "attribution", "channel", "reason"],
            keys);
        // An unresolved speaker is left out rather than written as null.
        Assert.False(document.RootElement[0].TryGetProperty("speaker", out _));
    }

    [Theory]
    [InlineData("Tom Keiser", "tom-keiser")]
    [InlineData("J. Edward O’Neil", "j-edward-oneil")]
    [InlineData("Brightwater Foods", "brightwater-foods")]
    [InlineData("---", "unknown")]
    public void Speaker_ids_are_slugs(string name, string id) => Assert.Equal(id, DraftQuotationWriter.SpeakerId(name));

    private static string? Scalar(YamlMappingNode node, string key) =>
        ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value;
}
