using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.Core.Tests.Loading;

public class ValidContentTests
{
    private static NewsEvent Load(string name)
    {
        var result = ContentLoader.LoadDirectories([FixturePaths.Valid(name)]);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Library.Events);
    }

    private static T Question<T>(NewsEvent ev, string id) where T : Question =>
        Assert.IsType<T>(ev.Quizzes.OfType<ComprehensionQuiz>().SelectMany(q => q.Questions).Single(q => q.Id == id));

    [Theory]
    [InlineData("base")]
    [InlineData("full")]
    public void Given_a_valid_pack_When_loaded_Then_there_are_no_diagnostics(string name) => Load(name);

    [Fact]
    public void Given_the_folder_of_valid_packs_When_loaded_Then_every_pack_becomes_an_event()
    {
        var result = ContentLoader.LoadDirectories([Path.Combine(FixturePaths.Root, "valid")]);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["sample-event", "sample-contract-2020"], result.Library.Events.Select(e => e.Id).Order().Reverse());
    }

    [Fact]
    public void Event_header_people_and_timeline_are_read()
    {
        var ev = Load("full");
        Assert.Equal("A software contract and a staff protest", ev.Title);
        Assert.Equal(new DatePeriod(new DateOnly(2020, 9, 24), new DateOnly(2020, 9, 25)), ev.Period);
        Assert.StartsWith("A software company sold licences", ev.Overview);
        Assert.EndsWith("no notice.", ev.Overview);
        Assert.Equal(["technology", "labour", "government"], ev.Tags);
        Assert.Equal(5, ev.People.Count);
        Assert.Equal(new Person("ann-chief", "Ann Chief", "Chief executive", "Sample Co"), ev.People[0]);
        Assert.Equal(new Person("sample-co", "Sample Co (company statement)", null, null), ev.People[4]);
        Assert.Equal(4, ev.Timeline.Count);
        Assert.Equal(new DateOnly(2020, 9, 24), ev.Timeline[0].Date);
        Assert.Equal("08:05", ev.Timeline[0].Time);
        Assert.Equal(["wire-report", "tech-site"], ev.Timeline[0].ArticleIds);
        Assert.Null(ev.Timeline[3].Time);
        Assert.EndsWith("full", ev.SourcePath);
    }

    [Fact]
    public void Articles_key_points_and_quotations_are_read()
    {
        var ev = Load("full");
        Assert.Equal(5, ev.Articles.Count);
        var wire = ev.FindArticle("wire-report")!;
        Assert.Equal("Sample Wire", wire.Outlet);
        Assert.Equal(new DateOnly(2020, 9, 24), wire.Published);
        Assert.False(wire.HeadlineIsOurs);
        Assert.Equal("Pat Reporter", wire.Author);
        Assert.Equal("000_sample.txt", wire.Seed);
        Assert.Equal("https://example.com/wire-report", wire.Url);
        Assert.Equal(3, wire.KeyPoints.Count);
        Assert.Null(wire.KeyPoints[0].Id);
        Assert.Equal("wire-report-main", wire.KeyPoints[1].Id);
        Assert.All(wire.KeyPoints, k => Assert.Equal("wire-report", k.ArticleId));
        Assert.True(ev.FindArticle("business-weekly")!.HeadlineIsOurs);

        var q = ev.FindQuotation("ann-not-aligned")!;
        Assert.Equal("This is not aligned with our values.", q.Text);
        Assert.Equal("ann-chief", q.SpeakerId);
        Assert.Equal("post", q.Channel);
        Assert.Equal("wire-report", q.ArticleId);
        Assert.Equal("In a blog post on the afternoon of the 24th.", q.Context);
        Assert.EndsWith("articles/wire-report.yaml", q.Location.File);
        Assert.Equal(19, q.Location.Line);
        Assert.Equal("This isn’t aligned with our values.", ev.FindQuotation("ann-not-aligned-daily")!.Text);
        Assert.Equal(7, ev.Quotations.Count());
    }

    [Fact]
    public void Who_said_what_defaults_are_kept_as_null_and_explicit_values_are_read()
    {
        var ev = Load("full");
        var all = Assert.IsType<WhoSaidWhatQuiz>(ev.FindQuiz("who-said-it"));
        Assert.Null(all.QuotationIds);
        Assert.Null(all.PerRun);
        Assert.Equal(WhoSaidWhatQuiz.DefaultChoiceCount, all.ChoiceCount);
        Assert.Null(all.DistractorPool);
        Assert.Equal("Every quotation of the event.", all.Description);

        var company = Assert.IsType<WhoSaidWhatQuiz>(ev.FindQuiz("who-said-it-company"));
        Assert.Equal(["ann-not-aligned", "company-no-contract", "cara-reseller"], company.QuotationIds);
        Assert.Equal(2, company.PerRun);
        Assert.Equal(3, company.ChoiceCount);
        Assert.Equal(["ann-chief", "cara-spokes", "sample-co", "ben-staff"], company.DistractorPool);
    }

    [Fact]
    public void Choice_questions_keep_their_choices_correct_marks_and_feedback()
    {
        var ev = Load("full");
        var single = Question<SingleChoiceQuestion>(ev, "wire-main-idea");
        Assert.Equal(3, single.Choices.Count);
        Assert.Equal(0, single.CorrectIndex);
        Assert.Equal("No product is mentioned.", single.Choices[1].Feedback);
        Assert.Equal(Skill.MainIdea, single.Skill);
        Assert.Equal("The first paragraph sets out the deal and its end.", single.Explanation);

        var multi = Question<MultipleAnswersQuestion>(ev, "wire-which-voices");
        Assert.Equal([true, true, false], multi.Choices.Select(c => c.IsCorrect));
        Assert.Equal(Skill.Sourcing, multi.Skill);
    }

    [Fact]
    public void Questions_of_an_article_quiz_rest_on_that_article_by_default()
    {
        var ev = Load("full");
        Assert.Equal(["wire-report"], Question<TrueFalseQuestion>(ev, "wire-reseller").ArticleIds);
        Assert.Equal(["wire-report", "tech-site", "agency-follow-up"], Question<MatchingQuestion>(ev, "compare-match").ArticleIds);
        var quiz = Assert.IsType<ComprehensionQuiz>(ev.FindQuiz("comparing-outlets"));
        Assert.Null(quiz.ArticleId);
        Assert.Equal("wire-report", Assert.IsType<ComprehensionQuiz>(ev.FindQuiz("wire-report-quiz")).ArticleId);
    }

    [Fact]
    public void Every_question_type_is_read_with_its_own_values()
    {
        var ev = Load("full");
        Assert.False(Question<TrueFalseQuestion>(ev, "wire-reseller").Answer);
        Assert.Equal(["a reseller", "the reseller", "reseller"], Question<ShortAnswerQuestion>(ev, "tech-reseller-name").Accepted);
        var ordering = Question<OrderingQuestion>(ev, "tech-order");
        Assert.Equal(3, ordering.Items.Count);
        Assert.Equal("The engineer posts about the licences", ordering.Items[0]);
        var numeric = Question<NumericQuestion>(ev, "weekly-years");
        Assert.Equal(3m, numeric.Answer);
        Assert.Equal(0.5m, numeric.Tolerance);
        Assert.Equal("years", numeric.Unit);
        var matching = Question<MatchingQuestion>(ev, "compare-match");
        Assert.Equal(new MatchPair("Tech Site", "The morning denial"), matching.Pairs[1]);
    }

    [Fact]
    public void Evidence_questions_resolve_quotation_and_key_point_texts()
    {
        var ev = Load("full");
        var evidence = Question<EvidenceQuestion>(ev, "daily-evidence");
        Assert.Equal("Which words support your answer?", evidence.EvidencePrompt);
        Assert.Equal(0, evidence.CorrectIndex);
        Assert.Equal(0, evidence.CorrectEvidenceIndex);
        Assert.Equal(new EvidenceChoice(EvidenceKind.Quotation, "ann-not-aligned-daily", "This isn’t aligned with our values.", true), evidence.Evidence[0]);
        Assert.Equal(new EvidenceChoice(EvidenceKind.KeyPoint, "daily-news-detail", "A detail only the Daily News report gives.", false), evidence.Evidence[1]);

        var compare = Question<EvidenceQuestion>(ev, "compare-wording");
        Assert.Equal(EvidenceQuestion.DefaultEvidencePrompt, compare.EvidencePrompt);
        Assert.Equal(1, compare.CorrectEvidenceIndex);
        Assert.Equal(Grade.Right, compare.Grade(new EvidenceAnswer(0, 1)));
    }

    [Fact]
    public void Questions_and_quizzes_know_where_they_were_written()
    {
        var ev = Load("full");
        var q = Question<SingleChoiceQuestion>(ev, "wire-main-idea");
        Assert.EndsWith("quizzes/wire-report-quiz.yaml", q.Location.File);
        Assert.Equal((6, 5), (q.Location.Line, q.Location.Column));
        Assert.Equal(1, ev.FindQuiz("wire-report-quiz")!.Location.Line);
    }
}
