using System.Text.Json;
using QuizTui.Core.Export;
using QuizTui.Core.Formats;
using QuizTui.Core.Loading;
using QuizTui.Core.Tests.Loading;

namespace QuizTui.Core.Tests.Export;

public class ContentJsonExporterTests
{
    private static readonly LoadResult Loaded = ContentLoader.LoadDirectories([Path.Combine(FixturePaths.Root, "valid")]);

    private static JsonElement Export(string? eventId = null) =>
        JsonDocument.Parse(ContentJsonExporter.ToJson(Loaded.Library, eventId)).RootElement;

    private static JsonElement Full() =>
        Export("sample-contract-2020").GetProperty("events").EnumerateArray().Single();

    private static JsonElement Find(JsonElement array, string id) =>
        array.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    [Fact]
    public void Given_a_library_When_exported_Then_every_event_is_written_with_the_format_version()
    {
        var root = Export();
        Assert.Equal(ContentJsonExporter.FormatVersion, root.GetProperty("format").GetInt32());
        Assert.Equal(2, root.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Given_an_event_id_When_exported_Then_only_that_event_is_written()
    {
        Assert.Equal("sample-contract-2020", Full().GetProperty("id").GetString());
        Assert.Equal(0, Export("no-such-event").GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Event_header_people_and_timeline_are_written()
    {
        var ev = Full();
        Assert.Equal("2020-09-24", ev.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2020-09-25", ev.GetProperty("period").GetProperty("end").GetString());
        Assert.Equal(3, ev.GetProperty("tags").GetArrayLength());
        var company = Find(ev.GetProperty("people"), "sample-co");
        Assert.Equal("Sample Co (company statement)", company.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, company.GetProperty("role").ValueKind);
        var first = ev.GetProperty("timeline")[0];
        Assert.Equal("08:05", first.GetProperty("time").GetString());
        Assert.Equal("tech-site", first.GetProperty("articles")[1].GetString());
    }

    [Fact]
    public void Each_quotation_carries_its_speaker_name_article_and_seed()
    {
        var daily = Find(Full().GetProperty("articles"), "daily-news");
        Assert.Equal("002_sample.txt", daily.GetProperty("seed").GetString());
        Assert.Equal("daily-news-main", daily.GetProperty("key_points")[1].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, daily.GetProperty("key_points")[0].GetProperty("id").ValueKind);
        var q = daily.GetProperty("quotations")[0];
        Assert.Equal("ann-not-aligned-daily", q.GetProperty("id").GetString());
        Assert.Equal("This isn’t aligned with our values.", q.GetProperty("text").GetString());
        Assert.Equal("Ann Chief", q.GetProperty("speaker").GetString());
        Assert.Equal("ann-chief", q.GetProperty("speaker_id").GetString());
        Assert.Equal("daily-news", q.GetProperty("article_id").GetString());
        Assert.Equal("002_sample.txt", q.GetProperty("seed").GetString());
        Assert.Equal("post", q.GetProperty("channel").GetString());
        Assert.Equal("The same blog post, as this outlet printed it.", q.GetProperty("context").GetString());
    }

    [Fact]
    public void Who_said_what_quizzes_are_written_with_defaults_resolved()
    {
        var quizzes = Full().GetProperty("quizzes");
        var all = Find(quizzes, "who-said-it");
        Assert.Equal("who-said-what", all.GetProperty("kind").GetString());
        Assert.Equal(7, all.GetProperty("quotations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("per_run").ValueKind);
        Assert.Equal(4, all.GetProperty("choices").GetInt32());
        Assert.Equal(5, all.GetProperty("distractors").GetArrayLength());
        var company = Find(quizzes, "who-said-it-company");
        Assert.Equal(2, company.GetProperty("per_run").GetInt32());
        Assert.Equal(3, company.GetProperty("quotations").GetArrayLength());
    }

    [Fact]
    public void Questions_are_written_with_their_type_specific_fields()
    {
        var quizzes = Full().GetProperty("quizzes");
        var wire = Find(quizzes, "wire-report-quiz");
        Assert.Equal("wire-report", wire.GetProperty("article").GetString());
        var single = Find(wire.GetProperty("questions"), "wire-main-idea");
        Assert.Equal("single-choice", single.GetProperty("type").GetString());
        Assert.Equal("main-idea", single.GetProperty("skill").GetString());
        Assert.Equal("wire-report", single.GetProperty("articles")[0].GetString());
        Assert.True(single.GetProperty("choices")[0].GetProperty("correct").GetBoolean());
        Assert.Equal("No product is mentioned.", single.GetProperty("choices")[1].GetProperty("feedback").GetString());
        Assert.False(Find(wire.GetProperty("questions"), "wire-reseller").GetProperty("answer").GetBoolean());

        var numeric = Find(Find(quizzes, "business-weekly-quiz").GetProperty("questions"), "weekly-years");
        Assert.Equal(3m, numeric.GetProperty("answer").GetDecimal());
        Assert.Equal(0.5m, numeric.GetProperty("tolerance").GetDecimal());
        Assert.Equal("years", numeric.GetProperty("unit").GetString());

        var tech = Find(quizzes, "tech-site-quiz").GetProperty("questions");
        Assert.Equal(3, Find(tech, "tech-reseller-name").GetProperty("accepted").GetArrayLength());
        Assert.Equal(3, Find(tech, "tech-order").GetProperty("items").GetArrayLength());

        var compare = Find(quizzes, "comparing-outlets");
        Assert.Equal(JsonValueKind.Null, compare.GetProperty("article").ValueKind);
        var match = Find(compare.GetProperty("questions"), "compare-match");
        Assert.Equal("The morning denial", match.GetProperty("pairs")[1].GetProperty("right").GetString());

        var evidence = Find(Find(quizzes, "daily-news-quiz").GetProperty("questions"), "daily-evidence");
        Assert.Equal("Which words support your answer?", evidence.GetProperty("evidence_prompt").GetString());
        var support = evidence.GetProperty("evidence");
        Assert.Equal("quotation", support[0].GetProperty("kind").GetString());
        Assert.Equal("ann-not-aligned-daily", support[0].GetProperty("ref").GetString());
        Assert.True(support[0].GetProperty("correct").GetBoolean());
        Assert.Equal("key_point", support[1].GetProperty("kind").GetString());
        Assert.Equal("A detail only the Daily News report gives.", support[1].GetProperty("text").GetString());
    }

    [Fact]
    public void Compact_output_is_one_line_and_parses_the_same()
    {
        string compact = ContentJsonExporter.ToJson(Loaded.Library, indented: false);
        Assert.DoesNotContain('\n', compact);
        Assert.Equal(2, JsonDocument.Parse(compact).RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void The_export_reads_back_through_the_same_contract_and_writes_the_same_again()
    {
        string json = ContentJsonExporter.ToJson(Loaded.Library);

        var read = ContentJsonExporter.Read(json);

        Assert.NotNull(read);
        Assert.Equal(ContentJsonExporter.FormatVersion, read.Format);
        Assert.Equal(
            JsonSerializer.Serialize(ContentJsonExporter.Export(Loaded.Library), PublicJson.Default.ContentExportJson),
            JsonSerializer.Serialize(read, PublicJson.Default.ContentExportJson));
        var daily = read.Events.Single(e => e.Id == "sample-contract-2020").Articles.Single(a => a.Id == "daily-news");
        Assert.Equal("ann-chief", daily.Quotations[0].SpeakerId);
        Assert.Null(daily.KeyPoints[0].Id);
    }

    [Fact]
    public void Kind_and_type_keys_read_back_as_the_records_they_were_written_from()
    {
        var read = ContentJsonExporter.Read(ContentJsonExporter.ToJson(Loaded.Library, "sample-contract-2020"))!;
        var quiz = read.Events.Single().Quizzes.Single(q => q.Id == "daily-news-quiz");

        var questions = quiz.KindFields!["questions"].Deserialize(PublicJson.Default.IReadOnlyListQuestionJson)!;
        var evidence = questions.Single(q => q.Id == "daily-evidence");

        Assert.Equal("evidence", evidence.Type);
        var support = evidence.TypeFields!["evidence"].Deserialize(PublicJson.Default.IReadOnlyListEvidenceJson)!;
        Assert.Equal(new EvidenceJson("quotation", "ann-not-aligned-daily", "This isn’t aligned with our values.", true), support[0]);
        Assert.Equal("Which words support your answer?", evidence.TypeFields["evidence_prompt"].GetString());
    }
}
