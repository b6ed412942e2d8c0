namespace QuizTui.Core.Progress;

/// <summary>
/// What makes a learner's name usable, wherever it is typed (the learners screen, <c>--profile</c>):
/// trimmed, 1 to <see cref="MaxLength"/> characters, no control characters.
/// </summary>
public static class ProfileName
{
    public const int MaxLength = 64;

    /// <summary>Checks a typed name; on success <paramref name="name"/> is the name to use (trimmed).</summary>
    /// <param name="problem">Why the name cannot be used, in a sentence for the learner; null when it can.</param>
    public static bool TryCheck(string typed, out string name, out string? problem)
    {
        name = typed.Trim();
        problem = name.Length == 0 ? "A profile name cannot be empty."
            : name.Length > MaxLength ? $"A profile name can have at most {MaxLength} characters."
            : name.Any(char.IsControl) ? "A profile name cannot contain control characters."
            : null;
        return problem is null;
    }
}
