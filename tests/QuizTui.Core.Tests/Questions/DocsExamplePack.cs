using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Core.Tests.Docs;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// The example packs of the docs (every question type has an example there; AuthoringGuideTests
/// checks that they load cleanly), written to a temporary folder and loaded once per test class.
/// </summary>
public sealed class DocsExamplePack : IDisposable
{
    private static readonly DateTimeOffset StartedAt = new(2024, 5, 3, 9, 0, 0, TimeSpan.Zero);

    public DocsExamplePack()
    {
        Folder = Path.Combine(Path.GetTempPath(), "quiztui-types-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        AuthoringGuideTests.Examples.WriteGood(Folder);
        Loaded = ContentLoader.LoadDirectories([Folder]);
    }

    public string Folder { get; }

    public LoadResult Loaded { get; }

    /// <summary>Every question of every quiz of the packs as a run shows it (seed 1), of one type.</summary>
    public IReadOnlyList<PresentedQuestion> Shown(QuestionType type) =>
        [.. Loaded.Library.Events
            .SelectMany(e => e.Quizzes.SelectMany(q => QuizSessionBuilder.Start(e, q, seed: 1, StartedAt).Questions))
            .Where(p => p.Question.Type == type)];

    /// <summary>The questions of one type, as written (who-said-what ones with the speakers of a run).</summary>
    public IReadOnlyList<Question> Questions(QuestionType type) => [.. Shown(type).Select(p => p.Question)];

    /// <summary>Loads the packs again with one more file, given relative to the pack folder holding event.yaml.</summary>
    public LoadResult LoadWith(string pathInPack, string text)
    {
        string pack = Path.GetDirectoryName(Directory.GetFiles(Folder, "event.yaml", SearchOption.AllDirectories).Single())!;
        string file = Path.Combine(pack, pathInPack);
        File.WriteAllText(file, text);
        try
        {
            return ContentLoader.LoadDirectories([Folder]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static TheoryData<string> TypeKeys()
    {
        var data = new TheoryData<string>();
        foreach (var type in QuestionTypes.All)
            data.Add(type.Key);
        return data;
    }
}
