namespace QuizTui.Core.Drafting;

/// <summary>A run of capitalised words that may be a name: token indices [First, Last].</summary>
internal readonly record struct NameRun(int First, int Last, string Name, int Count);
