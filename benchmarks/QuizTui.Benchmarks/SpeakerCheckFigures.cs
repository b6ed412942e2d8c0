using System.Globalization;
using System.Text;
using QuizTui.Core.Drafting;

/// <summary>
/// The speaker ranker as a checker only (<see cref="DraftOptions.RankerOnlyChecks"/>): the marks
/// for checking of the rules alone and with the ranker marking where it prefers someone else by
/// at least each margin, over the articles added. For PolNeAR, also over the quotations whose
/// source names the speaker. <c>speakers-train --check</c> prints them for articles the weights
/// were not trained on: each k-fold's left-out fold and the <c>--eval</c> sets, with the ranker at
/// weak rule levels (<see cref="SpeakerWeakLevelFigures"/>).
/// </summary>
internal sealed class SpeakerCheckFigures
{
    private static readonly double[] Margins = [0, 0.5, 1, 2, 3];

    private readonly SpeakerWeakLevelFigures _weak = new();

    private readonly List<SpanMatch> _rules = [];
    private readonly List<SpanMatch> _rulesNamed = [];
    private readonly List<SpanMatch>[] _checked = Margins.Select(_ => new List<SpanMatch>()).ToArray();
    private readonly List<SpanMatch>[] _checkedNamed = Margins.Select(_ => new List<SpanMatch>()).ToArray();

    public void Add(IEnumerable<TrainArticle> articles, double[] weights)
    {
        foreach (var article in articles)
        {
            var originOf = article.PolNear is { } polNear ? QuoteDraftBenchmark.OriginOf(polNear) : null;
            bool Named(SpanMatch m) => originOf?.GetValueOrDefault(m.Gold) == PolNearSpeakerOrigin.Named;
            var alone = QuotationSpanScoring.Score(article.Scored(QuotationDrafter.Draft(article.Text, new DraftOptions { RankSpeakers = false, RankUnattributed = false }).Quotations), article.Gold);
            _rules.AddRange(alone.Matches);
            _weak.Add(article, weights);
            _rulesNamed.AddRange(alone.Matches.Where(Named));
            for (var m = 0; m < Margins.Length; m++)
            {
                var options = new DraftOptions { RankSpeakers = true, RankUnattributed = false, RankerOnlyChecks = true, Weights = weights, Margin = Margins[m] };
                var marked = QuotationSpanScoring.Score(article.Scored(QuotationDrafter.Draft(article.Text, options).Quotations), article.Gold);
                _checked[m].AddRange(marked.Matches);
                _checkedNamed[m].AddRange(marked.Matches.Where(Named));
            }
        }
    }

    public void Print(string head)
    {
        Console.WriteLine(Line($"check {head}", _rules, _checked));
        if (_rulesNamed.Count > 0)
        {
            Console.WriteLine(Line($"check {head} named", _rulesNamed, _checkedNamed));
        }
        _weak.Print(head);
    }

    private static string Line(string head, List<SpanMatch> rules, List<SpanMatch>[] ranked)
    {
        var line = new StringBuilder($"{head} matched={rules.Count} rules: {Marks(CheckMarks.Of(rules))}");
        for (var m = 0; m < Margins.Length; m++)
        {
            line.Append(CultureInfo.InvariantCulture, $" | check@{Margins[m]}: {Marks(CheckMarks.Of(ranked[m]))}");
        }
        return line.ToString();
    }

    private static string Marks(CheckMarks m) => $"marked={m.Marked} marked_right={m.MarkedRight} unmarked_wrong={m.UnmarkedWrong}";
}
