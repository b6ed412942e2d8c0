using System.Runtime.Intrinsics;

namespace QuizTui.Core.Loading;

/// <summary>
/// "Did you mean …?": the closest candidate by edit distance with adjacent transpositions (optimal
/// string alignment), ignoring case. A candidate qualifies when it is at most a third of the
/// value's length away (at least 2) and closer than its own length; of those, the closest wins, and
/// of equally close ones the first given.
/// </summary>
public static class Suggestions
{
    /// <summary>Longer strings are never suggested nor given suggestions: the distance is not worth computing.</summary>
    internal const int MaxLength = 64;

    public static string? Closest(string value, IEnumerable<string> candidates) =>
        new SuggestionIndex(candidates).Closest(value);

    /// <summary>" Did you mean `x`?" or nothing.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Phrase(Closest(value, candidates));

    /// <summary>" Did you mean `x`?" for a suggestion, nothing for none.</summary>
    public static string Phrase(string? suggestion) =>
        suggestion is null ? "" : $" Did you mean `{suggestion}`?";

    /// <summary>How far a value may be from a candidate to be suggested.</summary>
    internal static int Limit(int valueLength) => Math.Max(2, valueLength / 3);

    /// <summary>The distance ignoring case, or <see cref="int.MaxValue"/> when either string is too long to compare.</summary>
    internal static int Distance(string a, string b)
    {
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return int.MaxValue;
        }
        return Distance(a.ToLowerInvariant(), b.ToLowerInvariant(), int.MaxValue - 1);
    }

    /// <summary>
    /// The optimal string alignment distance between two strings of at most <see cref="MaxLength"/>
    /// characters, compared as given, when it is at most <paramref name="bound"/>; otherwise some
    /// number above <paramref name="bound"/>. Three rolling rows; stops as soon as two rows in a row
    /// are all above the bound, since no later row can then come back within it.
    /// </summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }
        Span<int> beforeLast = stackalloc int[b.Length + 1];
        Span<int> last = stackalloc int[b.Length + 1];
        Span<int> row = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            last[j] = j;
        }
        int lastMin = 0;
        for (int i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, beforeLast[j - 2] + 1);
                }
                row[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            // A cell is at least the smaller of the row above's minimum and the minimum two rows up plus one.
            if (rowMin > bound && lastMin >= bound)
            {
                return bound + 1;
            }
            lastMin = rowMin;
            var recycled = beforeLast;
            beforeLast = last;
            last = row;
            row = recycled;
        }
        return last[b.Length];
    }
}

/// <summary>
/// The candidates of <see cref="Suggestions"/> indexed for many look-ups (every unknown reference in
/// a pack against every id of its kind). Gives the same answer as comparing the value with each
/// candidate in turn, without computing most of those distances: candidates are grouped by length,
/// since a distance is at least the difference in length; each carries how often it uses each
/// character, since a distance is at least the number of characters one string has and the other lacks;
/// the distance itself stops once it exceeds what could still win; and the answer for a value is
/// kept. (A BK-tree does not fit: this distance breaks the triangle inequality, so one could miss
/// the closest candidate.)
/// </summary>
public sealed class SuggestionIndex
{
    private readonly Dictionary<int, List<Candidate>> _byLength = [];
    private readonly Dictionary<string, string?> _answers = new(StringComparer.Ordinal);

    private readonly record struct Candidate(int Order, string Text, string Folded, CharacterCounts Counts);

    public SuggestionIndex(IEnumerable<string> candidates)
    {
        int order = 0;
        foreach (string text in candidates)
        {
            if (text.Length <= Suggestions.MaxLength)
            {
                string folded = text.ToLowerInvariant();
                if (!_byLength.TryGetValue(folded.Length, out var list))
                {
                    _byLength[folded.Length] = list = [];
                }
                list.Add(new Candidate(order, text, folded, CharacterCounts.Of(folded)));
            }
            order++;
        }
    }

    /// <summary>The suggestion for <paramref name="value"/>, or null when no candidate is close enough.</summary>
    public string? Closest(string value)
    {
        if (!_answers.TryGetValue(value, out var answer))
        {
            answer = Search(value);
            _answers[value] = answer;
        }
        return answer;
    }

    private string? Search(string value)
    {
        if (value.Length > Suggestions.MaxLength)
        {
            return null;
        }
        string folded = value.ToLowerInvariant();
        var counts = CharacterCounts.Of(folded);
        int limit = Suggestions.Limit(value.Length);
        Candidate? best = null;
        int bestDistance = int.MaxValue;
        // A candidate whose length differs by more than the best distance so far cannot win.
        for (int gap = 0; gap <= limit && gap <= bestDistance; gap++)
        {
            foreach (int length in gap == 0 ? [folded.Length] : (int[])[folded.Length - gap, folded.Length + gap])
            {
                if (!_byLength.TryGetValue(length, out var bucket))
                {
                    continue;
                }
                foreach (var candidate in bucket)
                {
                    // Within reach, closer than its own length, and beating the best so far (an
                    // earlier candidate also wins a tie).
                    int bound = Math.Min(limit, Math.Max(length, 1) - 1);
                    if (best is { } b)
                    {
                        bound = Math.Min(bound, candidate.Order < b.Order ? bestDistance : bestDistance - 1);
                    }
                    if (gap > bound || counts.Difference(candidate.Counts) > bound)
                    {
                        continue;
                    }
                    int d = Suggestions.Distance(folded, candidate.Folded, bound);
                    if (d <= bound)
                    {
                        best = candidate;
                        bestDistance = d;
                    }
                }
            }
        }
        return best?.Text;
    }
}

/// <summary>
/// How many times a string (of at most 64 characters) uses each character: letters, digits and '-'
/// each have their own count, other characters share eleven. Compared with
/// <see cref="Difference"/>, a lower bound on the edit distance that takes a few instructions.
/// </summary>
internal readonly struct CharacterCounts
{
    private readonly Vector128<byte> _first;
    private readonly Vector128<byte> _second;
    private readonly Vector128<byte> _third;

    private CharacterCounts(Span<byte> counts)
    {
        _first = Vector128.Create((ReadOnlySpan<byte>)counts[..16]);
        _second = Vector128.Create((ReadOnlySpan<byte>)counts[16..32]);
        _third = Vector128.Create((ReadOnlySpan<byte>)counts[32..]);
    }

    public static CharacterCounts Of(string folded)
    {
        Span<byte> counts = stackalloc byte[48];
        foreach (char c in folded)
        {
            int slot = c switch
            {
                >= 'a' and <= 'z' => c - 'a',
                >= '0' and <= '9' => 26 + (c - '0'),
                '-' => 36,
                _ => 37 + (c % 11),
            };
            counts[slot]++;
        }
        return new CharacterCounts(counts);
    }

    /// <summary>
    /// The bag distance: the larger of how many characters this string has beyond the other's and
    /// the other way round. Each must be substituted, inserted or deleted, one edit each, and a swap
    /// of neighbours changes no count, so the edit distance is never smaller. (Characters sharing a
    /// count can only make it smaller.)
    /// </summary>
    public int Difference(CharacterCounts other)
    {
        var extra = Vector128.SubtractSaturate(_first, other._first)
            + Vector128.SubtractSaturate(_second, other._second)
            + Vector128.SubtractSaturate(_third, other._third);
        var lacking = Vector128.SubtractSaturate(other._first, _first)
            + Vector128.SubtractSaturate(other._second, _second)
            + Vector128.SubtractSaturate(other._third, _third);
        return Math.Max(Vector128.Sum(extra), Vector128.Sum(lacking));
    }
}
