using QuizTui.Core.Authoring;
using QuizTui.Core.Export;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary><c>matching</c>: pairs; the learner matches each left item with a right one.</summary>
public sealed class MatchingType : WrittenQuestionType<MatchingQuestion>
{
    public const int MinPairs = 2;

    public static readonly MatchingType Instance = new();

    private static readonly KeySet PairKeys = new("pair", "a matching pair",
        ["left", "right"],
        ["left", "right"]);

    private MatchingType()
    {
    }

    public override string Key => "matching";

    public override KeySet Keys { get; } = QuestionKeys.For("matching", "a matching question", ["pairs"], ["pairs"]);

    public override IReadOnlyList<KeySet> NestedKeys => [PairKeys];

    internal override GiftForm? ReadsGift => GiftForm.Matching;

    private protected override MatchingQuestion Read(QuestionEntry entry)
    {
        var f = entry.Fields;
        var pairs = new List<MatchPair>();
        var list = f.List("pairs");
        if (list is not null && list.Count < MinPairs)
            f.Report(DiagnosticCodes.TooFewPairs, f.KeyAt("pairs"), $"a matching question needs at least {MinPairs} pairs; it has {list.Count}.");
        var lefts = new HashSet<string>(StringComparer.Ordinal);
        var rights = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list ?? [])
        {
            if (f.Values.AsFields(item, PairKeys, "pairs") is not { } pf)
                continue;
            string? left = pf.Text("left");
            string? right = pf.Text("right");
            if (left is not null && !lefts.Add(Fields.FoldForRepeats(left)))
                f.Report(DiagnosticCodes.RepeatedText, pf.At("left"), $"the left item `{left}` appears twice; each left item must be distinct.");
            if (right is not null && !rights.Add(Fields.FoldForRepeats(right)))
                f.Report(DiagnosticCodes.RepeatedText, pf.At("right"), $"the right item `{right}` appears twice; each right item must be distinct.");
            if (left is not null && right is not null)
                pairs.Add(new MatchPair(left, right));
        }
        return new MatchingQuestion(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, pairs);
    }

    protected override void WriteYaml(MatchingQuestion question, YamlText yaml)
    {
        yaml.Open(KeyColumn, "pairs");
        foreach (var pair in question.Pairs)
        {
            yaml.Key(KeyColumn + 4, "left", pair.Left, item: true);
            yaml.Key(KeyColumn + 4, "right", pair.Right);
        }
    }

    protected override AnswerState NewAnswerState(MatchingQuestion question, PresentedQuestion shown) =>
        new MatchingState(shown, [.. question.Pairs.Select(p => p.Left)], [.. question.Pairs.Select(p => p.Right)], shown.OptionOrder);

    protected override void WriteJson(MatchingQuestion question, JsonFields json) =>
        json.Add<IReadOnlyList<PairJson>>("pairs", [.. question.Pairs.Select(p => new PairJson(p.Left, p.Right))]);

    private protected override void WriteGift(MatchingQuestion question, GiftOutput gift)
    {
        gift.Open(question, question.Prompt);
        foreach (var pair in question.Pairs)
            gift.Text.Append("  =").Append(GiftText.Escape(pair.Left)).Append(" -> ").Append(GiftText.Escape(pair.Right)).Append('\n');
        gift.Close(question.Explanation);
    }

    internal override bool TryReadGift(GiftSource source, out Question? question)
    {
        question = null;
        var pairs = new List<MatchPair>();
        foreach (var part in source.Parts("="))
        {
            string raw = part.Feedback is null ? part.RawText : part.RawText + "#" + part.Feedback;
            int arrow = raw.IndexOf("->", StringComparison.Ordinal);
            if (arrow < 0)
            {
                source.Note(part.Line, $"matching answer \"{GiftText.Excerpt(source.Text(raw))}\" not converted: it has no ->");
                continue;
            }
            string left = source.Text(raw[..arrow]);
            string right = source.Text(raw[(arrow + 2)..]);
            if (left.Length == 0)
            {
                source.Note(part.Line, $"extra right-hand answer \"{right}\" not converted: our matching questions have no unmatched answers");
                continue;
            }
            if (right.Length == 0)
            {
                source.Note(part.Line, $"matching item \"{left}\" not converted: it has no right-hand answer");
                continue;
            }
            pairs.Add(new MatchPair(left, right));
        }
        if (pairs.Count < 2)
        {
            source.Note(source.Line, $"matching question \"{source.Label}\" not converted: it needs at least two pairs");
            return true;
        }
        var (id, skill, articles, location) = source.Common();
        question = new MatchingQuestion(id, source.Prompt, source.Explanation, skill, articles, location, pairs);
        return true;
    }

    /// <summary>The right-hand items start in an order other than the pairs'.</summary>
    protected override PresentedQuestion Present(MatchingQuestion question, Random random) =>
        new(question, Shuffling.Derangement(question.Pairs.Count, random), []);
}
