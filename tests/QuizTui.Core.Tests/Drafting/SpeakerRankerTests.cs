using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class SpeakerRankerTests
{
    private const string Article = """
        Mayor Maria Lopez opened Monday's meeting with the bridge. Tom Baker, who chairs the finance committee, said the cost had doubled since spring.

        "We have waited long enough for this bridge," Lopez said.
        """;

    private static double Feature(SpeakerCandidate candidate, string name) =>
        candidate.Features[SpeakerRanker.FeatureNames.ToList().IndexOf(name)];

    private static IReadOnlyList<SpeakerCandidate> CandidatesOf(string article, string startsWith)
    {
        var (draft, candidates) = QuotationDrafter.DraftWithCandidates(article);
        var index = draft.Quotations.ToList().FindIndex(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));
        Assert.True(index >= 0);
        return candidates[index];
    }

    private static double[] Weights(params (string Feature, double Weight)[] set)
    {
        var weights = new double[SpeakerRanker.FeatureCount];
        foreach (var (feature, weight) in set)
        {
            weights[SpeakerRanker.FeatureNames.ToList().IndexOf(feature)] = weight;
        }
        return weights;
    }

    [Fact]
    public void The_candidates_are_the_rules_pick_first_and_the_people_named_nearby()
    {
        var candidates = CandidatesOf(Article, "We have waited");

        Assert.Equal(["Maria Lopez", "Tom Baker"], candidates.Select(c => c.Name));
        Assert.All(candidates, c => Assert.Equal(SpeakerRanker.FeatureCount, c.Features.Count));
    }

    [Fact]
    public void The_features_say_where_each_candidate_is_named()
    {
        var candidates = CandidatesOf(Article, "We have waited");
        var lopez = candidates[0];
        var baker = candidates[1];

        Assert.Equal(1, Feature(lopez, "rules-choice"));
        Assert.True(Feature(lopez, "rules-confidence") >= DraftConfidence.High);
        Assert.Equal(1, Feature(lopez, "same-sentence"));
        Assert.Equal(1, Feature(lopez, "just-after"));
        Assert.Equal(1, Feature(lopez, "near-speech-verb"));
        Assert.Equal(1, Feature(lopez, "is-person"));
        Assert.Equal(0, Feature(baker, "rules-choice"));
        Assert.Equal(0, Feature(baker, "same-sentence"));
        Assert.Equal(1, Feature(baker, "in-paragraph-before"));
        Assert.True(Feature(baker, "log-distance") > Feature(lopez, "log-distance"));
    }

    [Theory]
    [InlineData("Ana Ruiz", "Ruiz", true)]
    [InlineData("Harbour Master Ana Ruiz", "Ana Ruiz", true)]
    [InlineData("Mr. Ruiz", "Ruiz", true)]
    [InlineData("Ana Ruiz", "Ana Ruiz", false)]
    [InlineData("Ana Ruiz", "Ana", false)]
    [InlineData("Santa Ruiz", "Ta Ruiz", false)]
    [InlineData("Ruiz", "Ana Ruiz", false)]
    public void A_name_ends_with_another_only_at_a_word_boundary_and_when_longer(string longer, string shorter, bool expected) =>
        Assert.Equal(expected, SpeakerCandidates.EndsWithName(longer, shorter));

    [Fact]
    public void A_candidate_that_is_the_rules_pick_or_unrelated_to_it_is_neither_fuller_nor_inside_it()
    {
        foreach (var candidate in CandidatesOf(Article, "We have waited"))
        {
            Assert.Equal(0, Feature(candidate, "fuller-than-rules"));
            Assert.Equal(0, Feature(candidate, "inside-rules"));
        }
    }

    [Fact]
    public void A_label_has_no_candidates()
    {
        const string article = """
            The so-called "quiet hours" bylaw took effect on Friday, and Tom Baker welcomed it.
            """;
        var (draft, candidates) = QuotationDrafter.DraftWithCandidates(article);

        var label = Assert.Single(draft.Quotations);
        Assert.Equal(QuotationKind.Label, label.Kind);
        Assert.Empty(candidates[0]);
    }

    [Fact]
    public void Softmax_probabilities_sum_to_one_and_favour_the_higher_score()
    {
        IReadOnlyList<IReadOnlyList<double>> rows = [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]];

        var p = ConditionalLogit.Probabilities([2.0, -1.0], rows);

        Assert.Equal(1, p.Sum(), 9);
        Assert.True(p[0] > p[2] && p[2] > p[1]);
    }

    [Fact]
    public void Training_learns_the_sign_of_a_feature_that_marks_the_right_candidate_and_one_that_marks_a_wrong_one()
    {
        // Feature 0 is 1 on the right candidate; feature 1 is 1 on one wrong candidate; feature 2 is noise.
        var random = new Random(7);
        var examples = new List<ChoiceExample>();
        for (var e = 0; e < 60; e++)
        {
            var positive = random.Next(3);
            var wrongMarked = (positive + 1 + random.Next(2)) % 3;
            var rows = new List<IReadOnlyList<double>>();
            for (var c = 0; c < 3; c++)
            {
                rows.Add([c == positive ? 1 : 0, c == wrongMarked ? 1 : 0, random.NextDouble()]);
            }
            examples.Add(new ChoiceExample(rows, positive));
        }

        var before = ConditionalLogit.Loss(new double[3], examples, 0.01);
        var weights = ConditionalLogit.Train(examples, 3, l2: 0.01, learningRate: 0.5, steps: 500);

        Assert.True(weights[0] > 0);
        Assert.True(weights[1] < 0);
        Assert.True(Math.Abs(weights[2]) < weights[0]);
        Assert.True(ConditionalLogit.Loss(weights, examples, 0.01) < before);
    }

    [Fact]
    public void One_gradient_step_moves_the_weight_towards_the_right_candidate()
    {
        var weights = new double[1];
        ChoiceExample[] examples = [new([[1.0], [0.0]], 0)];

        ConditionalLogit.Step(weights, examples, l2: 0, learningRate: 1);

        // Probabilities start at one half each, so the gradient is 1 - 0.5.
        Assert.Equal(0.5, weights[0], 9);
    }

    [Fact]
    public void The_ranker_is_off_by_default_and_changes_nothing_then()
    {
        Assert.False(SpeakerRanker.OnByDefault);
        Assert.False(DraftOptions.Default.RankSpeakers);

        var plain = QuotationDrafter.Draft(Article).Quotations;
        var off = QuotationDrafter.Draft(Article, new DraftOptions { RankSpeakers = false, Weights = Weights(("in-paragraph-before", 10)) }).Quotations;

        Assert.Equal(plain, off);
    }

    [Fact]
    public void With_the_switch_on_a_clear_preference_replaces_the_rules_pick_and_asks_for_a_check()
    {
        var options = new DraftOptions { RankSpeakers = true, Weights = Weights(("same-sentence", -10)), Margin = 1 };

        var quote = Assert.Single(QuotationDrafter.Draft(Article, options).Quotations);

        Assert.Equal("Tom Baker", quote.Speaker);
        Assert.Equal(DraftConfidence.RankedAboveRules.Value, quote.Confidence);
        Assert.True(quote.NeedsCheck);
        Assert.Equal("ranked above the rules' pick, Maria Lopez: the rules' pick is named in the same sentence: check", quote.Reason);
    }

    [Fact]
    public void A_preference_short_of_the_margin_keeps_the_rules_pick_but_asks_for_a_check()
    {
        var options = new DraftOptions { RankSpeakers = true, Weights = Weights(("same-sentence", -0.5)), Margin = 1 };

        var quote = Assert.Single(QuotationDrafter.Draft(Article, options).Quotations);

        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.True(quote.NeedsCheck);
        Assert.EndsWith("the ranker prefers Tom Baker: check", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_ranker_agrees_with_the_rules_the_draft_is_unchanged()
    {
        var options = new DraftOptions { RankSpeakers = true, Weights = Weights(("rules-choice", 3), ("same-sentence", 1)), Margin = 0 };

        Assert.Equal(QuotationDrafter.Draft(Article).Quotations, QuotationDrafter.Draft(Article, options).Quotations);
    }

    [Fact]
    public void Without_a_rules_pick_the_top_candidate_needs_the_margin_over_the_runner_up()
    {
        var near = new double[SpeakerRanker.FeatureCount];
        near[SpeakerRanker.FeatureNames.ToList().IndexOf("just-before")] = 1;
        SpeakerCandidate[] candidates = [new("Ana Ruiz", SpeakerKind.Person, new double[SpeakerRanker.FeatureCount]), new("Tom Baker", SpeakerKind.Person, near)];
        var weights = Weights(("just-before", 2));

        var clear = SpeakerRanker.Decide(candidates, weights, margin: 1);
        var unclear = SpeakerRanker.Decide(candidates, weights, margin: 3);

        Assert.Equal("Tom Baker", clear.Pick?.Name);
        Assert.True(clear.Override);
        Assert.Equal("named just before the quotation", clear.Why);
        Assert.False(unclear.Override);
    }
}
