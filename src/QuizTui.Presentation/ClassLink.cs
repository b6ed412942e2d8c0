using QuizTui.Core.Model;

namespace QuizTui.Presentation;

/// <summary>What the app needs of a joined class while it runs: a status for the status line, and new versions of its packs.</summary>
public interface IClassLink
{
    /// <summary>"class: online, 0 to send" — whether the server answers and how much waits.</summary>
    string StatusText { get; }

    /// <summary>The content with the class's newest packs, once after they changed; otherwise null.</summary>
    ContentLibrary? TakeNewLibrary();
}
