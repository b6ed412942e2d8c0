using System.Globalization;

namespace QuizTui.Core.Model;

/// <summary>
/// What a learner answered: the closed set of answer shapes. <see cref="Encode"/> gives a short
/// stable text kept in the answer log; <see cref="TryDecode"/> reads it back.
/// </summary>
public abstract record Answer
{
    public abstract string Encode();

    /// <summary>
    /// Work the learner left unfinished when they left the run (a written text never checked):
    /// stored so nothing is lost, it is not an answer given, and resuming the run asks its question
    /// again with the work put back.
    /// </summary>
    public virtual bool IsWorkToResume => false;

    public static bool TryDecode(string encoded, out Answer answer)
    {
        answer = SkippedAnswer.Instance;
        int colon = encoded.IndexOf(':');
        string kind = colon < 0 ? encoded : encoded[..colon];
        string body = colon < 0 ? "" : encoded[(colon + 1)..];
        switch (kind)
        {
            case "skip":
                return true;
            case "choice" when TryInts(body, out var picks):
                answer = new ChoiceAnswer(picks);
                return true;
            case "bool" when bool.TryParse(body, out var b):
                answer = new TrueFalseAnswer(b);
                return true;
            case "text":
                answer = new TextAnswer(body);
                return true;
            case "number" when decimal.TryParse(body, NumberStyles.Number, CultureInfo.InvariantCulture, out var n):
                answer = new NumberAnswer(n);
                return true;
            case "order" when TryInts(body, out var order):
                answer = new OrderAnswer(order);
                return true;
            case "match" when TryInts(body, out var rights):
                answer = new MatchAnswer(rights);
                return true;
            case "evidence" when TryInts(body, out var pair) && pair.Count == 2:
                answer = new EvidenceAnswer(pair[0], pair[1]);
                return true;
            case "speaker" when body.Length > 0:
                answer = new SpeakerAnswer(body);
                return true;
            case "written" when WrittenAnswer.TryDecodeBody(body, out var written):
                answer = written;
                return true;
            default:
                return false;
        }
    }

    private protected static string Ints(IEnumerable<int> values) =>
        string.Join(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    private protected static bool TryInts(string body, out IReadOnlyList<int> values)
    {
        var list = new List<int>();
        values = list;
        if (body.Length == 0)
            return true;
        foreach (var part in body.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v))
                return false;
            list.Add(v);
        }
        return true;
    }
}

public sealed record SkippedAnswer : Answer
{
    public static readonly SkippedAnswer Instance = new();
    public override string Encode() => "skip";
}

/// <summary>Picked choices (single choice, multiple answers), by content order.</summary>
public sealed record ChoiceAnswer(IReadOnlyList<int> Indices) : Answer
{
    public override string Encode() => "choice:" + Ints(Indices);
    public bool Equals(ChoiceAnswer? other) => other is not null && Indices.SequenceEqual(other.Indices);
    public override int GetHashCode() => Indices.Count;
}

public sealed record TrueFalseAnswer(bool Value) : Answer
{
    public override string Encode() => Value ? "bool:true" : "bool:false";
}

public sealed record TextAnswer(string Text) : Answer
{
    public override string Encode() => "text:" + Text;
}

public sealed record NumberAnswer(decimal Value) : Answer
{
    public override string Encode() => "number:" + Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The items as placed by the learner, top to bottom, by content order.</summary>
public sealed record OrderAnswer(IReadOnlyList<int> Order) : Answer
{
    public override string Encode() => "order:" + Ints(Order);
    public bool Equals(OrderAnswer? other) => other is not null && Order.SequenceEqual(other.Order);
    public override int GetHashCode() => Order.Count;
}

/// <summary>For each left item (content order), the index of the right item chosen for it (-1: none).</summary>
public sealed record MatchAnswer(IReadOnlyList<int> RightForLeft) : Answer
{
    public override string Encode() => "match:" + Ints(RightForLeft);
    public bool Equals(MatchAnswer? other) => other is not null && RightForLeft.SequenceEqual(other.RightForLeft);
    public override int GetHashCode() => RightForLeft.Count;
}

public sealed record EvidenceAnswer(int Choice, int Evidence) : Answer
{
    public override string Encode() => "evidence:" + Ints([Choice, Evidence]);
}

public sealed record SpeakerAnswer(string PersonId) : Answer
{
    public override string Encode() => "speaker:" + PersonId;
}

/// <summary>
/// A written answer: the text the learner typed and the points of the question's checklist they
/// ticked as present in it (by content order). <see cref="Ticked"/> is null when the text was left
/// before it was checked (skipped, or the run was left mid-typing): the text is kept all the same.
/// </summary>
/// <param name="Skipped">The learner skipped the question with this text typed: kept, but not asked again.</param>
public sealed record WrittenAnswer(string Text, IReadOnlyList<int>? Ticked, bool Skipped = false) : Answer
{
    /// <summary>True once the learner submitted the text and went through the checklist.</summary>
    public bool IsChecked => Ticked is not null;

    /// <summary>A text left while typing, never checked nor skipped, comes back when the run is resumed.</summary>
    public override bool IsWorkToResume => !IsChecked && !Skipped;

    /// <summary>
    /// <c>written:0,2:text</c> when checked, <c>written:skip:text</c> when skipped with text typed,
    /// <c>written:-:text</c> when left while typing; the text is last, kept as typed.
    /// </summary>
    public override string Encode() => "written:" + (Ticked is not null ? Ints(Ticked) : Skipped ? SkippedMark : "-") + ":" + Text;

    private const string SkippedMark = "skip";

    internal static bool TryDecodeBody(string body, out WrittenAnswer answer)
    {
        answer = new WrittenAnswer("", null);
        int colon = body.IndexOf(':');
        if (colon < 0)
            return false;
        string ticks = body[..colon];
        string text = body[(colon + 1)..];
        if (ticks is "-" or SkippedMark)
        {
            answer = new WrittenAnswer(text, null, Skipped: ticks == SkippedMark);
            return true;
        }
        if (!TryInts(ticks, out var ticked))
            return false;
        answer = new WrittenAnswer(text, ticked);
        return true;
    }

    public bool Equals(WrittenAnswer? other) =>
        other is not null && Text == other.Text && (Ticked ?? []).SequenceEqual(other.Ticked ?? []) && IsChecked == other.IsChecked && Skipped == other.Skipped;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}

public enum Verdict
{
    Right,
    Partial,
    Wrong,
    Skipped,
}

/// <summary>The result of grading one answer: a score from 0 to 1 and its verdict.</summary>
public readonly record struct Grade(double Score, Verdict Verdict)
{
    public static readonly Grade Right = new(1, Verdict.Right);
    public static readonly Grade Wrong = new(0, Verdict.Wrong);
    public static readonly Grade Skipped = new(0, Verdict.Skipped);

    public static Grade FromScore(double score) => score switch
    {
        >= 1 => Right,
        <= 0 => Wrong,
        _ => new Grade(score, Verdict.Partial),
    };

    public bool IsRight => Verdict == Verdict.Right;
}
