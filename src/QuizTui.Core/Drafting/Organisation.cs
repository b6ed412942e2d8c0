namespace QuizTui.Core.Drafting;

internal sealed class Organisation(string name)
{
    public string Name { get; } = name;

    public HashSet<string> Types { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int Mentions { get; set; }
}
