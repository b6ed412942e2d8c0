using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Loading;

/// <summary>
/// "Did you mean" suggestions come from an index that gives exactly the answer of comparing the
/// value with every candidate in turn, the way they were first computed.
/// </summary>
public class SuggestionTests
{
    [Fact]
    public void The_index_suggests_what_comparing_every_candidate_in_turn_suggests_on_generated_ids()
    {
        var random = new Random(7);
        var candidates = Enumerable.Range(0, 600).Select(_ => RandomId(random)).ToList();
        candidates.AddRange(["", "a", "ab", "ABC-Mixed", new string('x', 70), "x"]);
        var values = new List<string> { "", "a", "b", "abc-mixed", new string('x', 65), new string('x', 63) };
        for (int i = 0; i < 1500; i++)
        {
            values.Add(i % 3 == 0 ? RandomId(random) : Edit(candidates[random.Next(candidates.Count)], random, edits: 1 + random.Next(4)));
        }

        var index = new SuggestionIndex(candidates);
        int suggested = 0;
        foreach (string value in values)
        {
            string? expected = ComparingEveryCandidate(value, candidates);
            Assert.Equal(expected, index.Closest(value));
            Assert.Equal(expected, Suggestions.Closest(value, candidates));
            suggested += expected is null ? 0 : 1;
        }
        // The data exercises both outcomes, so the comparison above means something.
        Assert.InRange(suggested, values.Count / 4, values.Count * 3 / 4);
    }

    [Fact]
    public void Of_equally_close_candidates_the_first_given_is_suggested()
    {
        Assert.Equal("ann-chif", Suggestions.Closest("ann-chief", ["zzz", "ann-chif", "ann-chiefs"]));
        Assert.Equal("ann-chiefs", Suggestions.Closest("ann-chief", ["zzz", "ann-chiefs", "ann-chif"]));
    }

    [Fact]
    public void A_swap_of_neighbouring_letters_counts_as_one_edit()
    {
        Assert.Equal(1, Suggestions.Distance("ann-chief", "ann-cheif"));
        Assert.Equal(" Did you mean `ann-chief`?", Suggestions.DidYouMean("ann-cheif", ["ben-staff", "ann-chief"]));
    }

    /// <summary>The first implementation: a full distance matrix for every candidate, kept here as the reference.</summary>
    private static string? ComparingEveryCandidate(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int limit = Math.Max(2, value.Length / 3);
        foreach (var candidate in candidates)
        {
            int d = FullMatrixDistance(value, candidate);
            if (d < bestDistance && d <= limit && d < Math.Max(candidate.Length, 1))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int FullMatrixDistance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }
                d[i, j] = v;
            }
        }
        return d[a.Length, b.Length];
    }

    private static string RandomId(Random random)
    {
        const string letters = "aeioulnrstkmdb-";
        int length = random.Next(2, 20);
        return new string(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]).ToArray());
    }

    /// <summary>The text with some letters changed, dropped, added, swapped or upper-cased.</summary>
    private static string Edit(string text, Random random, int edits)
    {
        for (int e = 0; e < edits && text.Length > 1; e++)
        {
            int at = random.Next(text.Length - 1);
            char letter = "abcdeklmnrst-"[random.Next(13)];
            text = random.Next(5) switch
            {
                0 => text[..at] + letter + text[(at + 1)..],
                1 => text.Remove(at, 1),
                2 => text.Insert(at, letter.ToString()),
                3 => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
                _ => text[..at] + char.ToUpperInvariant(text[at]) + text[(at + 1)..],
            };
        }
        return text;
    }
}
