using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>
/// What the files of one pack have given so far: declared ids, noted references, the people,
/// articles, quotations, key points and quizzes read, and the checks that wait until every file is
/// read. The file readers add to it; <see cref="PackLoader"/> runs the passes over it.
/// </summary>
internal sealed class PackContent(LoadOptions options)
{
    public LoadOptions Options { get; } = options;
    public IdRegistry Ids { get; } = new();
    public References References { get; } = new();
    public List<Person> People { get; } = [];
    public List<Article> Articles { get; } = [];
    public List<Quiz> Quizzes { get; } = [];
    public Dictionary<string, Quotation> Quotations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, KeyPoint> KeyPoints { get; } = new(StringComparer.Ordinal);

    /// <summary>Checks of the pack as a whole, run after the cross-reference pass.</summary>
    public List<IPackCheck> Checks { get; } = [];

    /// <summary>True when event.yaml could not be read or has no list of people: references to people are not checked.</summary>
    public bool PeopleUnknown { get; set; }

    /// <summary>True when an article file could not be read: references to articles and what they hold are not checked.</summary>
    public bool ArticlesUnknown { get; set; }
}

/// <summary>A check that needs the whole pack (a quiz against every quotation and person), run once every file is read.</summary>
internal interface IPackCheck
{
    void Run(PackContent pack);
}
