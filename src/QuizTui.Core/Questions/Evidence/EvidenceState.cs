using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>Two parts: an answer (part A), then the evidence that supports it (part B). Part A can be changed until part B is answered.</summary>
/// <param name="partA">Part A's choices in content order.</param>
/// <param name="partB">Part B's evidence in content order, quotations in quotation marks.</param>
public sealed class EvidenceState(PresentedQuestion shown, IReadOnlyList<AnswerOption> partA, string partBPrompt, IReadOnlyList<AnswerOption> partB)
    : AnswerState(shown)
{
    private int _cursor;

    /// <summary>Part A's choices in display order.</summary>
    public IReadOnlyList<AnswerOption> PartA { get; } = [.. shown.OptionOrder.Select(i => partA[i])];

    /// <summary>Part B's evidence in display order.</summary>
    public IReadOnlyList<AnswerOption> PartB { get; } = [.. shown.EvidenceOrder.Select(i => partB[i])];

    public string PartBPrompt { get; } = partBPrompt;

    /// <summary>The choice picked in part A (content index); null while part A is shown.</summary>
    public int? ChosenInPartA { get; private set; }

    /// <summary>The text of the choice picked in part A.</summary>
    public string? ChosenText => ChosenInPartA is { } c ? partA[c].Text : null;

    public bool InPartB => ChosenInPartA is not null;

    /// <summary>The options of the part on screen.</summary>
    public IReadOnlyList<AnswerOption> Options => InPartB ? PartB : PartA;

    public override int? Cursor => _cursor;

    public bool Up()
    {
        if (_cursor <= 0)
            return false;
        _cursor--;
        return true;
    }

    public bool Down()
    {
        if (_cursor >= Options.Count - 1)
            return false;
        _cursor++;
        return true;
    }

    /// <summary>Picks the highlighted option: part A's goes on to part B, part B's gives the answer.</summary>
    public Answer? Choose() => Choose(_cursor);

    /// <summary>Picks the option at a display index of the part on screen (none when out of range): part A's goes on to part B, part B's gives the answer.</summary>
    public Answer? Choose(int index)
    {
        if (index < 0 || index >= Options.Count)
            return null;
        if (ChosenInPartA is not { } chosen)
        {
            ChosenInPartA = Shown.OptionOrder[index];
            _cursor = 0;
            return null;
        }
        return new EvidenceAnswer(chosen, Shown.EvidenceOrder[index]);
    }

    /// <summary>Back from part B to part A, with part A's choice highlighted; false when part A is on screen.</summary>
    public bool BackToPartA()
    {
        if (ChosenInPartA is not { } chosen)
            return false;
        _cursor = Math.Max(0, Shown.OptionOrder.ToList().IndexOf(chosen));
        ChosenInPartA = null;
        return true;
    }

    /// <summary>Whether <paramref name="given"/> picked part A's option at a display index.</summary>
    public bool WasPickedInPartA(int index, Answer given) => given is EvidenceAnswer e && e.Choice == Shown.OptionOrder[index];

    /// <summary>Whether <paramref name="given"/> picked part B's option at a display index.</summary>
    public bool WasPickedInPartB(int index, Answer given) => given is EvidenceAnswer e && e.Evidence == Shown.EvidenceOrder[index];
}
