namespace QuizTui.Core.Questions;

/// <summary>The seeded shuffles of a run: the same seed always gives the same order.</summary>
internal static class Shuffling
{
    public static List<T> Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    /// <summary>The indices 0 to <paramref name="count"/> − 1 in a shuffled order.</summary>
    public static List<int> Permutation(int count, Random random) => Shuffle(Enumerable.Range(0, count).ToList(), random);

    /// <summary>A shuffle that is not the identity (when there are two or more), so an ordering starts out of order.</summary>
    public static List<int> Derangement(int count, Random random)
    {
        var order = Permutation(count, random);
        if (count >= 2 && order.SequenceEqual(Enumerable.Range(0, count)))
            (order[0], order[1]) = (order[1], order[0]);
        return order;
    }
}
